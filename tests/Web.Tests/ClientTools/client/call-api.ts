// A partner's program written against the client generated from /openapi/v1.json (api.d.ts, by openapi-typescript):
// if the document's types are wrong or missing, tsc refuses it; then it calls the running app and prints what it read.
import type { paths } from "./api";

declare const process: { argv: string[]; exit(code: number): never };

type Get<P extends keyof paths> = paths[P]["get"];
type Json<P extends keyof paths, S extends keyof Get<P>["responses"]> =
  Get<P>["responses"][S] extends { content: { "application/json": infer T } } ? T
  : Get<P>["responses"][S] extends { content: { "application/problem+json": infer T } } ? T
  : never;

type SearchQuery = NonNullable<Get<"/api/calls">["parameters"]["query"]>;
type ReferenceList = Get<"/api/reference/{list}">["parameters"]["path"]["list"];
type ExperienceQuery = NonNullable<Get<"/api/experiences">["parameters"]["query"]>;

const base = process.argv[2];

function address(path: string, query: Record<string, unknown> = {}): URL {
  const url = new URL(path, base);
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach(v => url.searchParams.append(name, String(v)));
    else if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

async function read<T>(url: URL, status: number): Promise<T> {
  const response = await fetch(url);
  if (response.status !== status) throw new Error(`${url} answered ${response.status}, expected ${status}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  const query: SearchQuery = { status: ["ouvert", "cloture-proche"], sort: "deadline", page: 1, pageSize: 5, unstated: "include" };
  const list = await read<Json<"/api/calls", 200>>(address("/api/calls", query), 200);
  const first = list.hits[0];
  const call = await read<Json<"/api/calls/{id}", 200>>(address(`/api/calls/${encodeURIComponent(first.slug)}`), 200);
  const themesList: ReferenceList = "themes";
  const themes = await read<Json<"/api/reference/{list}", 200>>(address(`/api/reference/${themesList}`), 200);
  const suggestions = await read<Json<"/api/calls/suggest", 200>>(address("/api/calls/suggest", { prefix: first.title.slice(0, 4) }), 200);
  const invalid = await read<Json<"/api/calls", 400>>(address("/api/calls", { pageSize: 1000 }), 400);
  const missing = await read<Json<"/api/calls/{id}", 404>>(address("/api/calls/aucun-appel-de-ce-nom"), 404);
  const experienceQuery: ExperienceQuery = { q: "quartier", page: 1 };
  const experiences = await read<Json<"/api/experiences", 200>>(address("/api/experiences", experienceQuery), 200);
  const sheet = await read<Json<"/api/experiences/{slug}", 200>>(address(`/api/experiences/${encodeURIComponent(experiences.items[0].slug)}`), 200);
  const badTheme: ExperienceQuery = { theme: ["tiers-lieux"], page: 0 };
  const invalidExperiences = await read<Json<"/api/experiences", 400>>(address("/api/experiences", badTheme), 400);
  const firstTheme = themes[0];
  console.log(JSON.stringify({
    total: list.total,
    hits: list.hits.length,
    firstSlug: first.slug,
    firstStatus: first.status.value,
    detailTitle: call.title,
    detailSources: call.sources.length,
    detailMatches: call.id === first.id,
    themes: themes.length,
    firstTheme: firstTheme.value,
    suggestions: suggestions.length,
    invalidParameters: Object.keys(invalid.errors ?? {}),
    missingStatus: missing.status,
    experiencesTotal: experiences.total,
    sheetMatches: sheet.id === experiences.items[0].id,
    invalidExperienceParameters: Object.keys(invalidExperiences.errors ?? {}),
  }));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
