/**
 * A second connection that keeps writing to the database while a backup is taken: each transaction adds a
 * pair of units ("Tulis A-k", "Tulis B-k"), so a consistent snapshot always holds whole pairs.
 * Arguments: database file, stop file (it stops when that exists), ready file (written after 50 pairs).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

const [file, stopFile, readyFile] = process.argv.slice(2) as [string, string, string];
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare("INSERT INTO units (name, kind) VALUES (?, 'SEKSI')");
const pair = db.transaction((k: number) => {
  insert.run(`Tulis A-${k}`);
  insert.run(`Tulis B-${k}`);
});
const deadline = Date.now() + 30_000;
let k = 0;
while (!fs.existsSync(stopFile) && Date.now() < deadline) {
  pair(k++);
  if (k === 50) fs.writeFileSync(readyFile, '');
}
db.close();
console.log(k);
