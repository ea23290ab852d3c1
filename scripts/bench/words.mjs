/**
 * Phrase banks for the synthetic corpus, already inflected for the slot they fill, so that the
 * text carries Latvian diacritics and case endings as real stories do (centrā, centra, centram…).
 */
export const places = [
  { slug: 'zilupe', lv: 'Zilupe', lvIn: 'Zilupē', lvOf: 'Zilupes', en: 'Zilupe', county: 'Zilupes novads', since2021: 'Ludzas novads', lat: 56.39, lon: 28.12 },
  { slug: 'ludza', lv: 'Ludza', lvIn: 'Ludzā', lvOf: 'Ludzas', en: 'Ludza', county: 'Ludzas novads', since2021: 'Ludzas novads', lat: 56.55, lon: 27.72 },
  { slug: 'rezekne', lv: 'Rēzekne', lvIn: 'Rēzeknē', lvOf: 'Rēzeknes', en: 'Rēzekne', county: 'Rēzeknes novads', since2021: 'Rēzeknes novads', lat: 56.51, lon: 27.33 },
  { slug: 'daugavpils', lv: 'Daugavpils', lvIn: 'Daugavpilī', lvOf: 'Daugavpils', en: 'Daugavpils', county: 'Daugavpils novads', since2021: 'Augšdaugavas novads', lat: 55.87, lon: 26.54 },
  { slug: 'kraslava', lv: 'Krāslava', lvIn: 'Krāslavā', lvOf: 'Krāslavas', en: 'Krāslava', county: 'Krāslavas novads', since2021: 'Krāslavas novads', lat: 55.9, lon: 27.17 },
  { slug: 'preili', lv: 'Preiļi', lvIn: 'Preiļos', lvOf: 'Preiļu', en: 'Preiļi', county: 'Preiļu novads', since2021: 'Preiļu novads', lat: 56.29, lon: 26.72 },
  { slug: 'balvi', lv: 'Balvi', lvIn: 'Balvos', lvOf: 'Balvu', en: 'Balvi', county: 'Balvu novads', since2021: 'Balvu novads', lat: 56.95, lon: 27.26 },
  { slug: 'aglona', lv: 'Aglona', lvIn: 'Aglonā', lvOf: 'Aglonas', en: 'Aglona', county: 'Aglonas novads', since2021: 'Preiļu novads', lat: 56.13, lon: 27.0 },
  { slug: 'viesite', lv: 'Viesīte', lvIn: 'Viesītē', lvOf: 'Viesītes', en: 'Viesīte', county: 'Viesītes novads', since2021: 'Jēkabpils novads', lat: 56.35, lon: 25.95 },
  { slug: 'karsava', lv: 'Kārsava', lvIn: 'Kārsavā', lvOf: 'Kārsavas', en: 'Kārsava', county: 'Kārsavas novads', since2021: 'Ludzas novads', lat: 56.78, lon: 27.68 },
];

/** Activities: accusative for "organised …", genitive for "… participants", and English. */
export const activities = [
  { slug: 'gimenu-diena', acc: 'ģimeņu dienu', gen: 'ģimeņu dienas', title: 'ģimeņu diena skolā', en: 'a family day' },
  { slug: 'talka', acc: 'kopīgu talku', gen: 'talkas', title: 'talka skolas dārzā', en: 'a clean-up day' },
  { slug: 'digitalas-prasmes', acc: 'digitālo prasmju nodarbības', gen: 'digitālo prasmju nodarbību', title: 'digitālās prasmes senioriem', en: 'digital skills classes' },
  { slug: 'amatnieku-tirgus', acc: 'amatnieku tirdziņu', gen: 'amatnieku tirdziņa', title: 'amatnieku tirdziņš', en: 'a craft market' },
  { slug: 'lasisana', acc: 'lasīšanas pēcpusdienu', gen: 'lasīšanas pēcpusdienas', title: 'lasīšanas pēcpusdiena bibliotēkā', en: 'a reading afternoon' },
  { slug: 'darbnica', acc: 'radošo darbnīcu', gen: 'radošās darbnīcas', title: 'radošā darbnīca ģimenēm', en: 'a creative workshop' },
  { slug: 'sporta-svetki', acc: 'sporta svētkus', gen: 'sporta svētku', title: 'paaudžu sporta svētki', en: 'a sports festival' },
  { slug: 'uznemejdarbiba', acc: 'sociālās uzņēmējdarbības semināru', gen: 'semināra', title: 'sociālā uzņēmējdarbība jauniešiem', en: 'a social enterprise seminar' },
];

export const lv = {
  subjects: ['Kopienas centra darbinieki', 'Vietējie iedzīvotāji', 'Skolēni kopā ar vecākiem', 'Pirmsskolas pedagogi', 'Pašvaldības pārstāvji', 'Senioru biedrības dalībnieces', 'Jaunieši no apkārtējiem pagastiem', 'Brīvprātīgie'],
  verbs: ['rīkoja', 'sarīkoja', 'sagatavoja', 'vadīja', 'atbalstīja', 'iedzīvināja', 'pārrunāja'],
  times: ['pagājušajā rudenī', 'ziemas brīvlaikā', 'katru otrdienas vakaru', '2021. gada pavasarī', 'mācību gada sākumā', 'Jāņu priekšvakarā'],
  venues: ['skolas zālē', 'kopienu centrā', 'pagasta bibliotēkā', 'tautas namā', 'skolas dārzā', 'sporta laukumā'],
  purposes: ['lai stiprinātu paaudžu sadarbību', 'lai bērni apgūtu jaunas prasmes', 'lai vecāki justos piederīgi skolai', 'lai vietējie uzņēmēji iepazītu jauniešus', 'lai ģimenes biežāk satiktos'],
  remarks: [
    'Dalībnieki atzina, ka šāda sadarbība palīdz iepazīt kaimiņus un uzticēties citam citam.',
    'Vislielāko prieku sagādāja tas, ka mazākie bērni strādāja kopā ar vecvecākiem.',
    'Pasākuma laikā radās vairākas idejas nākamajiem mēnešiem, un tās jau tiek īstenotas.',
    'Skolotāja pastāstīja, ka skolēnu motivācija pēc kopīgā darba ievērojami pieauga.',
    'Centra vadītāja uzsvēra, ka bez pašvaldības atbalsta telpu iekārtošana nebūtu iespējama.',
    'Pēc nodarbībām vairāki seniori paši sāka lietot e-pakalpojumus un internetbanku.',
    'Ģimenes lūdza pasākumu atkārtot, tāpēc nākamā tikšanās jau ir ieplānota.',
  ],
  headings: ['Kā tas sākās', 'Ko mēs darījām', 'Kas piedalījās', 'Rezultāti', 'Ko mēs mācījāmies', 'Padomi citiem centriem', 'Kas notiks tālāk'],
  listItems: ['sagatavot telpu un inventāru', 'uzaicināt vecākus un vecvecākus', 'sadalīt pienākumus starp brīvprātīgajiem', 'vienoties ar pašvaldību par transportu', 'nofotografēt darbus izstādei', 'pēc pasākuma aptaujāt dalībniekus'],
  table: { head: ['Pasākums', 'Dalībnieki', 'Mēnesis'], months: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'septembris', 'oktobris', 'novembris'] },
  topics: ['paaudzu-sadarbiba', 'gimenu-iesaiste', 'digitalas-prasmes', 'sociala-uznemejdarbiba', 'kopienas-iesaiste', 'kulturas-mantojums'],
  imageAlt: (place, activity) => `Dalībnieki ${place.lvIn}: ${activity.title}`,
  storyTitle: (place, activity) => `${place.lv}: ${activity.title}`,
  storyDescription: (place, activity) => `Kā ${place.lvOf} kopienas centrs sarīkoja ${activity.acc} un ko no tā mācījās skola un ģimenes.`,
  centreTitle: (place) => `${place.lvOf} kopienu centrs`,
  centreDescription: (place) => `Vieta ${place.lvIn}, kur satiekas skola, ģimenes un vietējie iedzīvotāji.`,
  guidelineTitle: (activity) => `Kā sarīkot ${activity.acc}`,
  guidelineDescription: (activity) => `Soli pa solim: ${activity.gen} plānošana, iesaiste un izvērtēšana skolā un kopienā.`,
};

export const en = {
  subjects: ['The centre’s staff', 'Local residents', 'Pupils and their parents', 'Preschool teachers', 'Municipal officers', 'Members of the seniors’ club', 'Young people from nearby parishes', 'Volunteers'],
  verbs: ['organised', 'ran', 'prepared', 'led', 'supported', 'discussed'],
  times: ['last autumn', 'during the winter holidays', 'every Tuesday evening', 'in spring 2021', 'at the start of the school year', 'on Midsummer eve'],
  venues: ['in the school hall', 'at the community centre', 'in the parish library', 'in the community hall', 'in the school garden', 'on the sports ground'],
  purposes: ['to strengthen ties between generations', 'so that children could learn new skills', 'so that parents would feel at home in the school', 'so that local businesses could meet young people', 'so that families would meet more often'],
  remarks: [
    'Participants said that working together helped them get to know their neighbours and trust each other.',
    'The greatest joy was seeing the youngest children work alongside their grandparents.',
    'Several ideas for the coming months came up during the day, and they are already under way.',
    'A teacher said that the pupils’ motivation grew noticeably after the joint work.',
    'The head of the centre stressed that the rooms could not have been fitted out without the municipality.',
    'After the classes, several seniors began using e-services and online banking on their own.',
    'Families asked for the event to be repeated, so the next meeting is already planned.',
  ],
  headings: ['How it started', 'What we did', 'Who took part', 'Results', 'What we learned', 'Advice for other centres', 'What comes next'],
  listItems: ['prepare the room and equipment', 'invite parents and grandparents', 'share tasks among volunteers', 'agree on transport with the municipality', 'photograph the work for an exhibition', 'survey participants afterwards'],
  table: { head: ['Event', 'Participants', 'Month'], months: ['January', 'February', 'March', 'April', 'May', 'September', 'October', 'November'] },
  topics: ['paaudzu-sadarbiba', 'gimenu-iesaiste', 'digitalas-prasmes', 'sociala-uznemejdarbiba', 'kopienas-iesaiste', 'kulturas-mantojums'],
  imageAlt: (place, activity) => `Participants in ${place.en}: ${activity.en}`,
  storyTitle: (place, activity) => `${place.en}: ${activity.en}`,
  storyDescription: (place, activity) => `How the ${place.en} community centre organised ${activity.en} and what the school and families learned from it.`,
  centreTitle: (place) => `${place.en} community centre`,
  centreDescription: (place) => `A place in ${place.en} where the school, families and local residents meet.`,
  guidelineTitle: (activity) => `How to organise ${activity.en}`,
  guidelineDescription: (activity) => `Step by step: planning, involving people in and evaluating ${activity.en} at school and in the community.`,
};
