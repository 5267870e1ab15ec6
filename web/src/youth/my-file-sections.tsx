import { type AccessLine, groupAccessLog } from '../../../shared/domain/access-log.js';
import type { JournalEntry, MyFile as MyFileData, VotesWaiting } from '../api/types';
import { exportYouthData, listAudit, listJournal } from '../api/youth';
import { todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { DownloadButton } from '../ui/download-button';
import { AccessLineItem, JournalItem } from '../ui/entries';
import { IdentityDetails } from '../ui/identity-details';
import { KeyDatesList } from '../ui/key-dates-list';
import { Lazy, lazyModule } from '../ui/lazy';
import { PagedList, usePagedList } from '../ui/paged-list';
import type { AsyncState } from '../ui/use-async';
import { BinomeSection } from './binome-section';
import { RemindersSection } from './reminders-section';
import { ToDoSection } from './to-do-section';
import { TrustedPersonSection } from './trusted-person-section';

// The sections of « Mon dossier » under its greeting, « Mes rappels » among them: one chunk, asked
// for with the file (my-file-page.tsx, and app.tsx on a reload), so that the entry bundle holds
// only what paints first and the young person's other pages load without them.

// The banner of a file in the intermediate archive (and its reopening): a chunk of its own, asked
// for only by the few whose file is archived.
const loadArchivedFileBanner = lazyModule(() => import('./archived-file-banner'));

const KEY_DATE_HINTS = {
  age16: 'On commence à préparer ensemble ta vie d’adulte.',
  age17: 'Au plus tard ce jour-là, tu as ton entretien pour l’autonomie (l’« entretien des 17 ans »).',
  age18:
    'Ta majorité. Tu peux demander à l’ASE de continuer à t’accompagner jusqu’à tes 21 ans, et même jusqu’à la fin de ton année scolaire ou universitaire.',
  age21:
    'L’accompagnement jeune majeur peut durer jusqu’à tes 21 ans, et même jusqu’à la fin de ton année scolaire ou universitaire en cours.',
  careEnd: 'La date prévue de la fin de ton accompagnement par l’ASE.',
};

/** Everything below the greeting of « Mon dossier », once the file has come. */
export function MyFile({
  youth,
  votes,
  onSaved,
}: {
  youth: MyFileData;
  /** The votes waiting for her, asked with the file (my-file-page.tsx). */
  votes: AsyncState<VotesWaiting>;
  onSaved: (youth: MyFileData) => void;
}) {
  const today = todayInParis();
  const journal = usePagedList((cursor, signal) => listJournal(youth.id, cursor, signal), [youth.id]);
  const archived = youth.fileState === 'archive_intermediaire';
  return (
    <>
      {archived && (
        <Lazy
          load={loadArchivedFileBanner}
          render={({ ArchivedFileBanner }) => (
            <ArchivedFileBanner youth={youth} onReopened={(reopened) => onSaved({ ...youth, ...reopened })} />
          )}
        />
      )}

      <ToDoSection items={youth.toDo} votes={votes} today={today} />
      <BinomeSection youthId={youth.id} binome={youth.binome} archived={archived} onSent={(entry) => journal.prepend(entry)} />

      <section aria-labelledby="mes-informations">
        <h2 id="mes-informations">Mes informations</h2>
        <IdentityDetails youth={youth} today={today} />
        <p class="hint">
          Une information est fausse ? Dis-le à ton ou ta référent·e, ou <a href={href('/moi/demandes')}>demande qu’elle soit corrigée</a>.
        </p>
      </section>

      <section aria-labelledby="mes-dates">
        <h2 id="mes-dates">Mes dates importantes</h2>
        <KeyDatesList keyDates={youth.keyDates} today={today} voice="jeune" hints={KEY_DATE_HINTS} />
      </section>

      <TrustedPersonSection youth={youth} archived={archived} onSaved={(saved) => onSaved({ ...youth, ...saved })} />
      <RemindersSection />

      <MyMessages journal={journal} />
      <MyAccessHistory youthId={youth.id} />
      <MyData youthId={youth.id} />
    </>
  );
}

function MyMessages({ journal }: { journal: ReturnType<typeof usePagedList<JournalEntry>> }) {
  return (
    <section aria-labelledby="mes-messages">
      <h2 id="mes-messages">Messages avec mon binôme</h2>
      <p class="hint">Les messages que ton binôme t’a écrits, et les tiens.</p>
      <PagedList
        list={journal}
        itemKey={(entry) => entry.id}
        renderItem={(entry) => <JournalItem entry={entry} showVisibility={false} />}
        empty="Pas encore de message."
        moreLabel="Voir plus de messages"
        loadingText="Chargement des messages…"
        class="entries"
      />
    </section>
  );
}

function MyAccessHistory({ youthId }: { youthId: string }) {
  const audit = usePagedList((cursor, signal) => listAudit(youthId, cursor, signal), [youthId]);
  // One line per person and visit or write, reads that showed nothing left out (docs/access-log.md);
  // regrouped over every page loaded, so a visit cut by a page boundary becomes whole again.
  const lines: ReturnType<typeof usePagedList<AccessLine>> = {
    ...audit,
    // Nothing is prepended to this list; a line is built from entries, so a new one means a reload.
    prepend: () => audit.reload(),
    items: groupAccessLog(audit.items),
    firstNew: audit.firstNew === null ? null : groupAccessLog(audit.items.slice(0, audit.firstNew)).length,
  };
  return (
    <section aria-labelledby="qui-a-consulte">
      <h2 id="qui-a-consulte">Qui a consulté mon dossier</h2>
      <p class="hint">Chaque fois qu’un·e professionnel·le ouvre ou modifie ton dossier, c’est noté ici.</p>
      <PagedList
        list={lines}
        itemKey={(line) => line.id}
        renderItem={(line) => <AccessLineItem line={line} />}
        empty="Personne n’a encore consulté ton dossier."
        moreLabel="Voir plus de consultations"
        loadingText="Chargement de l’historique…"
        class="entries"
      />
    </section>
  );
}

function MyData({ youthId }: { youthId: string }) {
  return (
    <section aria-labelledby="mes-donnees">
      <h2 id="mes-donnees">Mes données</h2>
      <p>Tout ce qu’Envol garde sur toi, en français, à lire, à imprimer ou à enregistrer en PDF.</p>
      <p>
        <a class="button" href={href('/moi/donnees')}>
          Voir mes données
        </a>
      </p>
      <p class="hint">Pour les donner à un autre service, les mêmes données dans un fichier fait pour un ordinateur (format JSON) :</p>
      <DownloadButton
        load={() => exportYouthData(youthId)}
        filename="envol-mes-donnees.json"
        label="Télécharger le fichier (JSON)"
        doneMessage="Le fichier de tes données a été téléchargé."
        secondary
      />
      <p>
        Tu veux voir, corriger, effacer ou limiter tes données, ou refuser une utilisation ?{' '}
        <a href={href('/moi/demandes')}>Mes droits sur mes données</a>
      </p>
    </section>
  );
}
