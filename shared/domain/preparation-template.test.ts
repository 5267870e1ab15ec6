import { describe, expect, it } from 'vitest';
import { AUTONOMY_NEEDS } from './autonomy-needs.js';
import {
  BUILT_IN_PREPARATION_TEMPLATES,
  builtInPreparationTemplate,
  DEFAULT_PREPARATION_TEMPLATE,
  findInvalidAnswers,
  PREPARATION_TEMPLATE_V1,
  PREPARATION_TEMPLATE_V2,
} from './preparation-template.js';

const labelOf = (id: string) => PREPARATION_TEMPLATE_V2.questions.find((question) => question.id === id)?.label ?? '';

describe('the built-in questionnaires', () => {
  it('makes version 2 the default for new questionnaires and keeps version 1 readable as it was', () => {
    expect(DEFAULT_PREPARATION_TEMPLATE.version).toBe(2);
    expect(builtInPreparationTemplate(1)).toBe(PREPARATION_TEMPLATE_V1);
    expect(builtInPreparationTemplate(1)?.questions.find((question) => question.id === 'couverture-sante')?.label).toBe(
      'As-tu une carte Vitale et une complémentaire santé ?',
    );
    expect(builtInPreparationTemplate(3)).toBeUndefined();
  });

  it('has unique question ids in each version', () => {
    for (const template of BUILT_IN_PREPARATION_TEMPLATES) {
      const ids = template.questions.map((question) => question.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('asks version 2 about the carte Vitale and the complémentaire santé apart, and the médecin traitant', () => {
    expect(labelOf('carte-vitale')).toContain('carte Vitale');
    expect(labelOf('carte-vitale')).not.toContain('complémentaire');
    expect(labelOf('complementaire-sante')).toContain('complémentaire santé solidaire (CSS)');
    expect(labelOf('medecin-traitant')).toContain('médecin traitant');
    // The question that mixed both is gone: answering it with version 2 is refused.
    expect(findInvalidAnswers(PREPARATION_TEMPLATE_V2, { 'couverture-sante': 'Oui' })).toEqual(['couverture-sante']);
  });

  it('asks about papers, nationality and, without saying a minor holds one, the titre de séjour or asylum at 18', () => {
    expect(labelOf('papiers-identite')).toContain('carte d’identité ou un passeport');
    expect(labelOf('nationalite')).toBe('As-tu la nationalité française ?');
    expect(labelOf('sejour-asile')).toContain('avant 18 ans, tu n’as pas besoin de titre de séjour');
    expect(labelOf('sejour-asile')).toContain('demande d’asile');
  });

  it('asks about disability and the MDPH, long studies, mobility, leisure, support after 18 and the personne de confiance', () => {
    expect(labelOf('handicap-mdph')).toContain('MDPH');
    expect(labelOf('etudes-longues')).toContain('études longues');
    expect(labelOf('mobilite')).toContain('déplaces');
    expect(labelOf('loisirs')).toContain('temps libre');
    expect(labelOf('accompagnement-18')).toBe('Veux-tu être accompagné·e après 18 ans ?');
    expect(labelOf('personne-de-confiance')).toContain('personne de confiance');
  });

  it('covers each of the six needs, and speaks to the young person with « tu »', () => {
    for (const need of AUTONOMY_NEEDS) {
      expect(PREPARATION_TEMPLATE_V2.questions.some((question) => question.domain === need)).toBe(true);
    }
    for (const question of PREPARATION_TEMPLATE_V2.questions) expect(question.label).not.toMatch(/\bvous\b|\bvotre\b/i);
  });
});
