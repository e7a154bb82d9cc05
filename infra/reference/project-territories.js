// Projects the JSON of @etalab/decoupage-administratif into the compact TSV files that
// Plateforme.Search embeds (see src/Search/Reference/Data/LICENCE-decoupage-administratif.md).
// Usage: node project-territories.js <package-dir> <output-dir>
'use strict'
const fs = require('fs')
const path = require('path')

const [packageDir, outDir] = process.argv.slice(2)
const read = name => JSON.parse(fs.readFileSync(path.join(packageDir, 'data', name), 'utf8'))
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

function clean(text) {
  if (/[\t\r\n]/.test(text)) throw new Error(`Unexpected control character in "${text}"`)
  return text
}

function write(name, header, rows) {
  const lines = ['#' + header.join('\t'), ...rows.map(r => r.map(v => (v === undefined || v === null ? '' : String(v))).join('\t'))]
  fs.writeFileSync(path.join(outDir, name), lines.join('\n') + '\n')
}

const regions = read('regions.json').sort(byCode)
const departements = read('departements.json').sort(byCode)
const communes = read('communes.json').filter(c => c.type === 'commune-actuelle').sort(byCode)
const epcis = read('epci.json').sort(byCode)

const regionCodes = new Set(regions.map(r => r.code))
const depByCode = new Map(departements.map(d => [d.code, d]))
for (const d of departements) if (!regionCodes.has(d.region)) throw new Error(`Département ${d.code} in unknown région ${d.region}`)

const communeByCode = new Map(communes.map(c => [c.code, c]))
const epciOfCommune = new Map()
const epciDep = new Map()
for (const e of epcis) {
  const weight = new Map()
  for (const m of e.membres) {
    const commune = communeByCode.get(m.code)
    if (!commune) throw new Error(`EPCI ${e.code} lists unknown commune ${m.code}`)
    if (epciOfCommune.has(m.code)) throw new Error(`Commune ${m.code} in two EPCI`)
    epciOfCommune.set(m.code, e.code)
    const w = weight.get(commune.departement) || { count: 0, population: 0 }
    w.count += 1
    w.population += commune.population || 0
    weight.set(commune.departement, w)
  }
  const ranked = [...weight.entries()].sort((a, b) => b[1].count - a[1].count || b[1].population - a[1].population || (a[0] < b[0] ? -1 : 1))
  if (ranked.length === 0) throw new Error(`EPCI ${e.code} has no member`)
  epciDep.set(e.code, ranked[0][0])
}

for (const c of communes) {
  const dep = depByCode.get(c.departement)
  if (!dep) throw new Error(`Commune ${c.code} in unknown département ${c.departement}`)
  if (dep.region !== c.region) throw new Error(`Commune ${c.code}: région ${c.region} differs from its département's`)
}

write('regions.tsv', ['code', 'name'], regions.map(r => [r.code, clean(r.nom)]))
write('departements.tsv', ['code', 'name', 'region'], departements.map(d => [d.code, clean(d.nom), d.region]))
write('epci.tsv', ['siren', 'name', 'departement', 'population'],
  epcis.map(e => [e.code, clean(e.nom), epciDep.get(e.code), e.populationTotale]))
write('communes.tsv', ['code', 'name', 'departement', 'epci', 'postalCodes', 'population'],
  communes.map(c => [c.code, clean(c.nom), c.departement, epciOfCommune.get(c.code), (c.codesPostaux || []).join(','), c.population]))

console.log(`${regions.length} régions, ${departements.length} départements, ${epcis.length} EPCI, ${communes.length} communes`)
