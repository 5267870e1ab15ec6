import { describe, expect, it } from 'vitest';
import {
  actionOwnerLabel,
  DOMAINS,
  domainLabel,
  groupByDomain,
  needLabel,
  planHistoryEventText,
  planStatusSentence,
  planVersionLine,
} from './labels';

describe('domainLabel', () => {
  it('names every domain in French', () => {
    expect(DOMAINS.map((domain) => domainLabel(domain, 'jeune'))).toEqual([
      'Argent et ressources',
      'Logement',
      'Formation et emploi',
      'Santé',
      'Papiers et droits',
      'Entourage',
      'Mes questions',
    ]);
  });

  it('calls the young person’s own questions « Questions du jeune » for staff', () => {
    expect(domainLabel('mes_questions', 'staff')).toBe('Questions du jeune');
  });
});

describe('needLabel', () => {
  it('names a need in the words of R.222-6 for staff, in everyday words for the young person', () => {
    expect(needLabel('sante', 'staff')).toBe('Soins');
    expect(needLabel('sante', 'jeune')).toBe('Santé');
    expect(needLabel('entourage', 'staff')).toBe('Accompagnement socio-éducatif, affectif, culturel et social');
  });

  it('still names a goal domain of a plan written before the six needs', () => {
    expect(needLabel('mes_questions', 'staff')).toBe('Questions du jeune');
  });
});

describe('actionOwnerLabel', () => {
  it('speaks to the young person about their own actions', () => {
    expect(actionOwnerLabel({ who: 'jeune' }, 'jeune')).toBe('Moi');
    expect(actionOwnerLabel({ who: 'jeune' }, 'staff')).toBe('Le jeune');
    expect(actionOwnerLabel({ who: 'coordinateur' }, 'jeune')).toBe('Mon ou ma coordinateur·rice');
  });

  it('names the partner when there is one', () => {
    expect(actionOwnerLabel({ who: 'partenaire', partnerName: ' Mission locale ' }, 'jeune')).toBe('Mission locale (partenaire)');
    expect(actionOwnerLabel({ who: 'partenaire', partnerName: null }, 'staff')).toBe('Un partenaire');
  });
});

describe('groupByDomain', () => {
  it('follows the order of the domains and leaves out empty ones', () => {
    const items = [
      { domain: 'sante' as const, id: 1 },
      { domain: 'logement' as const, id: 2 },
      { domain: 'sante' as const, id: 3 },
    ];
    expect(groupByDomain(items)).toEqual([
      ['logement', [{ domain: 'logement', id: 2 }]],
      [
        'sante',
        [
          { domain: 'sante', id: 1 },
          { domain: 'sante', id: 3 },
        ],
      ],
    ]);
  });
});

describe('planStatusSentence', () => {
  const base = { updatedAt: '2026-11-24T10:00:00Z', signedAt: null, changeRequest: null };
  const at = (iso: string) => `[${iso}]`;

  it('tells the young person a draft is not theirs to sign yet', () => {
    expect(planStatusSentence({ ...base, status: 'brouillon' }, 'jeune', at)).toContain('quand les six domaines seront remplis');
    expect(planStatusSentence({ ...base, status: 'brouillon' }, 'staff', at)).toBe(
      'Brouillon enregistré le [2026-11-24T10:00:00Z] : pas encore proposé au jeune.',
    );
  });

  it('says when the plan was signed', () => {
    expect(planStatusSentence({ ...base, status: 'signe', signedAt: '2026-11-25T09:00:00Z' }, 'jeune', at)).toBe(
      'Signé le [2026-11-25T09:00:00Z].',
    );
  });

  it('quotes the change the young person asked for', () => {
    const plan = {
      ...base,
      status: 'modification_demandee' as const,
      changeRequest: { message: 'Plutôt Lens', at: '2026-11-25T09:00:00Z' },
    };
    expect(planStatusSentence(plan, 'staff', at)).toBe('Modification demandée par le jeune le [2026-11-25T09:00:00Z] : « Plutôt Lens »');
    expect(planStatusSentence(plan, 'jeune', at)).toMatch(/^Tu as demandé une modification le .* : « Plutôt Lens »/);
  });

  it('tells staff a proposed plan awaits the young person’s answer', () => {
    expect(planStatusSentence({ ...base, status: 'propose' }, 'staff', at)).toBe(
      'Proposé au jeune le [2026-11-24T10:00:00Z], en attente de sa réponse.',
    );
  });
});

describe('planHistoryEventText', () => {
  const base = { byRole: 'referent', updatedByName: 'Sophie Lefebvre', changeRequest: null };
  it('says who proposed a version, and what the young person answered', () => {
    expect(planHistoryEventText({ ...base, event: 'saved' })).toBe('Enregistrée et proposée au jeune par Sophie Lefebvre');
    expect(planHistoryEventText({ ...base, updatedByName: null, event: 'saved' })).toMatch(/^Enregistrée et proposée au jeune par un·e /);
    expect(planHistoryEventText({ ...base, event: 'signed' })).toBe('Signée par le jeune');
    expect(
      planHistoryEventText({
        ...base,
        event: 'change_requested',
        changeRequest: { message: 'Plutôt une colocation', at: '2026-11-24T10:00:00Z' },
      }),
    ).toBe('Modification demandée par le jeune : « Plutôt une colocation »');
  });
});

describe('planVersionLine', () => {
  const at = (iso: string) => `[${iso}]`;
  const base = { version: 2, updatedAt: '2026-11-29T19:52:00Z', updatedByName: 'Sophie Lefebvre' };
  it('credits the binôme with a version they saved', () => {
    expect(planVersionLine({ ...base, status: 'propose' }, at)).toBe(
      'Version 2, enregistrée le [2026-11-29T19:52:00Z] par Sophie Lefebvre.',
    );
  });
  it('never credits the binôme with the young person’s answer', () => {
    for (const status of ['signe', 'modification_demandee'] as const) {
      const line = planVersionLine({ ...base, status }, at);
      expect(line).not.toContain('] par ');
      expect(line).toBe('Version 2, enregistrée le [2026-11-29T19:52:00Z] (réponse du jeune) ; contenu rédigé par Sophie Lefebvre.');
    }
  });
  it('names nobody when the author is unknown', () => {
    expect(planVersionLine({ ...base, updatedByName: null, status: 'signe' }, at)).toBe(
      'Version 2, enregistrée le [2026-11-29T19:52:00Z].',
    );
  });
});
