// The floor: read every file and run one regular expression of 40 claim
// phrases over it. Nothing can lint faster than this.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

const phrases = [
  'cure', 'cures', 'miracle', 'breakthrough', 'revolutionary', 'game changer', 'life changing', 'guaranteed',
  'instant relief', 'immediate relief', 'within hours', 'overnight', 'no side effects', 'minimal side effects',
  'side effect free', 'risk free', 'completely safe', 'harmless', 'non addictive', 'well tolerated',
  'studies show', 'research shows', 'clinically proven', 'scientifically proven', 'experts agree', 'doctors agree',
  'resets the brain', 'rewires the brain', 'restores balance', 'root cause', 'best', 'only treatment',
  'better than', 'faster than', 'superior to', 'prevents suicide', 'no more pills', 'permanent relief',
  'lasting relief', '100% effective'
]
const pattern = new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'gi')

function files(path) {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : path.endsWith('.md') ? [path] : []
}

let matches = 0
for (const file of process.argv.slice(2).flatMap(files)) matches += readFileSync(file, 'utf8').match(pattern)?.length ?? 0
console.log(`${matches} matches`)
