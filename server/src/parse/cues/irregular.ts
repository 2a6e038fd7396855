/**
 * Irregular forms the stemmer cannot join: a cue written with any word of a group matches every
 * word of it ("go down" matches "went down", "be back" matches "was back"). Only words cues use.
 */
export const IRREGULAR: readonly (readonly string[])[] = [
  ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being'],
  ['have', 'has', 'had', 'having'],
  ['do', 'does', 'did', 'done', 'doing'],
  ['go', 'goes', 'went', 'gone', 'going'],
  ['come', 'comes', 'came', 'coming'],
  ['break', 'breaks', 'broke', 'broken', 'breaking'],
  ['begin', 'begins', 'began', 'begun', 'beginning'],
  ['bring', 'brings', 'brought', 'bringing'],
  ['run', 'runs', 'ran', 'running'],
  ['get', 'gets', 'got', 'gotten', 'getting'],
  ['make', 'makes', 'made', 'making'],
  ['take', 'takes', 'took', 'taken', 'taking'],
  ['send', 'sends', 'sent', 'sending'],
  ['see', 'sees', 'saw', 'seen', 'seeing'],
  ['find', 'finds', 'found', 'finding'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['wake', 'wakes', 'woke', 'woken', 'waking'],
  ['fall', 'falls', 'fell', 'fallen', 'falling'],
  ['rise', 'rises', 'rose', 'risen', 'rising'],
  ['catch', 'catches', 'caught', 'catching'],
  ['give', 'gives', 'gave', 'given', 'giving'],
  ['hold', 'holds', 'held', 'holding'],
  ['keep', 'keeps', 'kept', 'keeping'],
  ['lead', 'leads', 'led', 'leading'],
  ['put', 'puts', 'putting'],
  ['shut', 'shuts', 'shutting'],
  ['set', 'sets', 'setting'],
  ['spin', 'spins', 'spun', 'spinning'],
  ['hit', 'hits', 'hitting'],
  ['sound', 'sounds', 'sounded', 'sounding'],
  ['can', 'could'],
  // The stemmer keeps "try" but makes "tried" "tri".
  ['try', 'tries', 'tried', 'trying'],
];
