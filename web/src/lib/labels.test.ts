import { describe, expect, it } from 'vitest';
import { accessLineLabel, auditActionLabel, personLabel, reasonLabel } from './labels';

describe('auditActionLabel', () => {
  it('speaks to the young person with « tu »', () => {
    expect(auditActionLabel('profile.read', 'jeune')).toBe('a consulté ton dossier');
    expect(auditActionLabel('export.read', 'jeune')).toBe('a exporté tes données');
  });

  it('tells the young person an organiser saw their name in a committee search, as it was', () => {
    expect(auditActionLabel('committee.search', 'jeune')).toBe(
      'a vu ton nom et ton prénom en cherchant des jeunes à inscrire à un comité des jeunes',
    );
    expect(auditActionLabel('committee.search', 'staff')).toMatch(/^a vu le nom du jeune en cherchant/);
  });

  it('describes the file neutrally for staff', () => {
    expect(auditActionLabel('journal.write', 'staff')).toBe('a écrit dans le journal');
  });

  it('still says something for an action it does not know', () => {
    expect(auditActionLabel('future.read', 'jeune')).toBe('a fait une action (future.read)');
  });

  it('names the autonomy grid’s reads and writes for the young person', () => {
    expect(auditActionLabel('grid.read', 'jeune')).toBe('a consulté ta grille d’autonomie');
    expect(auditActionLabel('grid.write', 'staff')).toBe('a écrit dans la grille d’autonomie');
  });
});

describe('personLabel', () => {
  it('gives the name and the role', () => {
    expect(personLabel('Camille Martin', 'referent')).toBe('Camille Martin (référent·e ASE)');
  });

  it('falls back to the role when the name is unknown', () => {
    expect(personLabel(null, 'admin')).toBe('Un·e administrateur·rice');
  });
});

describe('accessLineLabel', () => {
  it('says a visit that opened the file opened it, whatever else it read', () => {
    expect(accessLineLabel({ kind: 'visit', actions: ['profile.read', 'journal.read', 'plan.read'] })).toBe('a ouvert ton dossier');
  });

  it('says what a visit did when it did not open the file', () => {
    expect(accessLineLabel({ kind: 'visit', actions: ['committee.search'] })).toBe(auditActionLabel('committee.search', 'jeune'));
  });

  it('lists each write of a line once, joined with « et »', () => {
    expect(accessLineLabel({ kind: 'write', actions: ['plan.write', 'journal.write'] })).toBe(
      `${auditActionLabel('plan.write', 'jeune')} et ${auditActionLabel('journal.write', 'jeune')}`,
    );
  });
});

describe('reasonLabel', () => {
  it('gives the stated reason in quotes, in plain words for the young person and « Motif » for staff', () => {
    expect(reasonLabel('Demande du juge des enfants', 'jeune')).toBe('Raison donnée : « Demande du juge des enfants »');
    expect(reasonLabel('Demande du juge des enfants', 'staff')).toBe('Motif : « Demande du juge des enfants »');
  });
});
