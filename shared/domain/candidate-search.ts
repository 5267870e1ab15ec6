/**
 * What a committee organiser's search for young people to add must look like: the start
 * of a last name, three letters at least. With two, 676 prefixes listed a whole département.
 */
export const CANDIDATE_SEARCH_MIN_LETTERS = 3;

/** The pattern of a search (letters, apostrophes, spaces, hyphens), as the OpenAPI document gives it; read with the `u` flag. */
export const CANDIDATE_QUERY_PATTERN = `^[\\p{L}' -]{${CANDIDATE_SEARCH_MIN_LETTERS},40}$`;
const candidateQuery = new RegExp(CANDIDATE_QUERY_PATTERN, 'u');

/** True for a search the API takes: the pattern, and three letters at least (not three hyphens). */
export function isCandidateQuery(query: string): boolean {
  return candidateQuery.test(query) && (query.match(/\p{L}/gu)?.length ?? 0) >= CANDIDATE_SEARCH_MIN_LETTERS;
}
