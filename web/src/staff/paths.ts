export function youthPath(id: string): string {
  return `/jeunes/${encodeURIComponent(id)}`;
}
