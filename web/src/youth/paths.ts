// The young person's addresses that the app's start-up needs (app.tsx): here, not with the
// words of the pages that link to them, so that the entry bundle carries the address alone.

/** The young person's page for the check-in of 19 or 21. */
export const CHECK_IN_PATH = '/questionnaire';
