/**
 * Places people name a zone by ("Kigali time", "Nigerian time", "in Berlin time"), as data. Every
 * IANA city the runtime knows is a place already (the last part of its name, spaces for underscores);
 * this table adds the countries and regions that keep one zone, their adjectives, and the big cities
 * the IANA database files under another city. A place counts only before the word "time".
 */

/** A place name (lower case, single spaces) or its adjective, and the IANA zone it keeps. */
export interface PlaceZone {
  names: readonly string[];
  zone: string;
  /** Why the entry is here, where that is not obvious. */
  note?: string;
}

export const PLACE_ZONES: readonly PlaceZone[] = [
  // Africa: the 0x19 reports come from here, and say "Nigerian time", "Kenya time", "Rwanda time".
  { names: ['nigeria', 'nigerian', 'abuja'], zone: 'Africa/Lagos' },
  { names: ['kenya', 'kenyan'], zone: 'Africa/Nairobi' },
  { names: ['rwanda', 'rwandan'], zone: 'Africa/Kigali' },
  { names: ['ghana', 'ghanaian'], zone: 'Africa/Accra' },
  { names: ['uganda', 'ugandan'], zone: 'Africa/Kampala' },
  { names: ['tanzania', 'tanzanian'], zone: 'Africa/Dar_es_Salaam' },
  { names: ['ethiopia', 'ethiopian'], zone: 'Africa/Addis_Ababa' },
  { names: ['south africa', 'south african', 'cape town', 'pretoria', 'durban'], zone: 'Africa/Johannesburg' },
  { names: ['egypt', 'egyptian'], zone: 'Africa/Cairo' },
  { names: ['morocco', 'moroccan', 'rabat'], zone: 'Africa/Casablanca' },
  { names: ['cameroon', 'cameroonian'], zone: 'Africa/Douala' },
  { names: ['senegal', 'senegalese'], zone: 'Africa/Dakar' },
  { names: ['zambia', 'zambian'], zone: 'Africa/Lusaka' },
  { names: ['zimbabwe', 'zimbabwean'], zone: 'Africa/Harare' },
  { names: ['tunisia', 'tunisian'], zone: 'Africa/Tunis' },
  { names: ['algeria', 'algerian'], zone: 'Africa/Algiers' },
  // Asia
  { names: ['india', 'indian', 'kolkata', 'mumbai', 'bombay', 'delhi', 'new delhi', 'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'pune'], zone: 'Asia/Kolkata', note: 'the runtime lists Asia/Calcutta' },
  { names: ['pakistan', 'pakistani', 'lahore', 'islamabad'], zone: 'Asia/Karachi' },
  { names: ['bangladesh', 'bangladeshi'], zone: 'Asia/Dhaka' },
  { names: ['sri lanka', 'sri lankan'], zone: 'Asia/Colombo' },
  { names: ['nepal', 'nepali', 'nepalese', 'kathmandu'], zone: 'Asia/Kathmandu' },
  { names: ['china', 'chinese', 'beijing', 'shenzhen', 'hangzhou', 'guangzhou'], zone: 'Asia/Shanghai', note: 'one zone for the whole country' },
  { names: ['japan', 'japanese', 'osaka', 'kyoto'], zone: 'Asia/Tokyo' },
  { names: ['korea', 'korean', 'south korea', 'south korean'], zone: 'Asia/Seoul' },
  { names: ['singapore', 'singaporean'], zone: 'Asia/Singapore' },
  { names: ['philippines', 'philippine', 'filipino'], zone: 'Asia/Manila' },
  { names: ['vietnam', 'vietnamese', 'ho chi minh', 'hanoi'], zone: 'Asia/Ho_Chi_Minh', note: 'the runtime lists Asia/Saigon' },
  { names: ['thailand', 'thai'], zone: 'Asia/Bangkok' },
  { names: ['malaysia', 'malaysian'], zone: 'Asia/Kuala_Lumpur' },
  { names: ['taiwan', 'taiwanese'], zone: 'Asia/Taipei' },
  { names: ['hong kong'], zone: 'Asia/Hong_Kong' },
  { names: ['israel', 'israeli', 'tel aviv'], zone: 'Asia/Jerusalem' },
  { names: ['turkey', 'turkish', 'ankara'], zone: 'Europe/Istanbul' },
  { names: ['uae', 'emirati', 'abu dhabi'], zone: 'Asia/Dubai' },
  { names: ['saudi', 'saudi arabia', 'saudi arabian'], zone: 'Asia/Riyadh' },
  { names: ['qatar', 'qatari'], zone: 'Asia/Qatar' },
  { names: ['myanmar', 'yangon'], zone: 'Asia/Yangon', note: 'the runtime lists Asia/Rangoon' },
  // Europe
  { names: ['uk', 'u.k.', 'britain', 'great britain', 'england', 'scotland', 'wales'], zone: 'Europe/London' },
  { names: ['ireland', 'irish'], zone: 'Europe/Dublin' },
  { names: ['germany', 'german', 'munich', 'frankfurt', 'hamburg'], zone: 'Europe/Berlin' },
  { names: ['france', 'french'], zone: 'Europe/Paris' },
  { names: ['italy', 'italian', 'milan'], zone: 'Europe/Rome' },
  { names: ['netherlands', 'dutch', 'holland'], zone: 'Europe/Amsterdam' },
  { names: ['belgium', 'belgian'], zone: 'Europe/Brussels' },
  { names: ['switzerland', 'swiss', 'geneva'], zone: 'Europe/Zurich' },
  { names: ['austria', 'austrian'], zone: 'Europe/Vienna' },
  { names: ['poland', 'polish'], zone: 'Europe/Warsaw' },
  { names: ['sweden', 'swedish'], zone: 'Europe/Stockholm' },
  { names: ['norway', 'norwegian'], zone: 'Europe/Oslo' },
  { names: ['denmark', 'danish'], zone: 'Europe/Copenhagen' },
  { names: ['finland', 'finnish'], zone: 'Europe/Helsinki' },
  { names: ['greece', 'greek'], zone: 'Europe/Athens' },
  { names: ['ukraine', 'ukrainian', 'kyiv'], zone: 'Europe/Kyiv', note: 'the runtime lists Europe/Kiev' },
  { names: ['st petersburg', 'st. petersburg', 'saint petersburg'], zone: 'Europe/Moscow', note: 'not Indiana\'s Petersburg' },
  { names: ['czech', 'czechia', 'czech republic'], zone: 'Europe/Prague' },
  { names: ['hungary', 'hungarian'], zone: 'Europe/Budapest' },
  { names: ['romania', 'romanian'], zone: 'Europe/Bucharest' },
  // The Americas: cities people name that the database files under another one.
  { names: ['san francisco', 'seattle', 'silicon valley', 'bay area', 'california'], zone: 'America/Los_Angeles' },
  { names: ['boston', 'washington dc', 'washington d.c.', 'new jersey', 'atlanta', 'miami'], zone: 'America/New_York', note: '"Washington" alone may be the state' },
  { names: ['dallas', 'houston', 'austin'], zone: 'America/Chicago' },
  { names: ['colombia', 'colombian'], zone: 'America/Bogota' },
  { names: ['peru', 'peruvian'], zone: 'America/Lima' },
  { names: ['argentina', 'argentinian', 'argentine'], zone: 'America/Argentina/Buenos_Aires' },
  { names: ['venezuela', 'venezuelan'], zone: 'America/Caracas' },
  // Oceania
  { names: ['nz', 'new zealand'], zone: 'Pacific/Auckland', note: 'New Zealand has Chatham too, but "NZ time" means Auckland' },
];

/**
 * IANA city names never read as a zone: ordinary words before "time" ("Christmas time", "wake
 * time", "oral time"), and names that more often mean another place ("Jersey" of "New Jersey",
 * Indiana's "Petersburg", Virginia's "Norfolk"). Antarctic stations are left out altogether.
 */
export const NOT_PLACES: readonly string[] = ['christmas', 'easter', 'wake', 'reunion', 'center', 'midway', 'resolute', 'stanley', 'oral', 'jersey', 'petersburg', 'norfolk'];
