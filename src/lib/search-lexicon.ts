/**
 * Words the search treats specially, kept as data so that an editor can extend them without
 * touching the ranking (src/lib/search-plan.ts applies them, to queries only; the index is
 * Pagefind's own).
 */
import type { Locale } from '../i18n/index';

/**
 * Function words: a question (`kā iesaistīt vecākus`, `how to involve parents`) is searched by its
 * other words, so that pages neither need these words nor lose places for lacking them. A query
 * of nothing but function words is searched as typed. Written without diacritics: they are
 * compared with the typed word folded.
 */
export const functionWords: Record<Locale, ReadonlySet<string>> = {
  lv: new Set(
    (
      'ka kur ko kas kam kad kapec kura kuru kuri un vai ar par uz no pie pec pirms lidz ' +
      'bez pa ieks ir bija bus var varu lai jo bet ari tik ta tas to tie tam tad ja ne gan ' +
      'es mes tu jus vins vina man mums savu sava savs sev sis si so kada kads kadi kadas kaut cik'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an the and or of to in on at by for from with without into about how what when where ' +
      'who whom which why is are was were be been do does did can could should would will i we you my ' +
      'our your their it its this that these those there here get got some any'
    ).split(' '),
  ),
};

/**
 * Groups of words and phrases that mean the same to a visitor, both directions: a query word that
 * belongs to a group also searches the group's other members. Members are matched by their stems,
 * so one form of each is enough. Short on purpose: only meanings the site's pages talk about.
 */
export const synonymGroups: Record<Locale, readonly (readonly string[])[]> = {
  lv: [
    ['seniori', 'pensionāri', 'vecāka gadagājuma', 'vecāki iedzīvotāji', 'vecāki cilvēki'],
    ['rokdarbi', 'izšūšana', 'adīšana'],
    ['pašvaldība', 'dome', 'novada dome'],
    ['bērnudārzs', 'pirmsskola'],
    ['skolotāji', 'pedagogi'],
    ['nvo', 'nevalstiskās organizācijas', 'biedrības'],
    ['krāpšana', 'krāpniecība', 'krāpnieki'],
    ['mazbērni', 'bērni'],
    ['jaunatne', 'jaunieši'],
    ['tradīcijas', 'mantojums'],
    ['pieejamība', 'piekļūstamība'],
    ['tālrunis', 'telefons', 'zvanīt'],
    ['datorkursi', 'datorprasmes', 'datora nodarbības'],
    ['finansējums', 'nauda', 'līdzekļi'],
    ['neaizbraukt', 'palikt'],
    ['uzņēmums', 'bizness', 'firma'],
    ['mobilizēt', 'aktivizēt'],
  ],
  en: [
    ['seniors', 'older residents', 'older people', 'elderly', 'pensioners'],
    ['parents', 'families'],
    ['handicraft', 'crafts', 'embroidery', 'knitting'],
    ['kindergarten', 'preschool'],
    ['kids', 'children'],
    ['fraud', 'scams'],
    ['charities', 'ngos', 'non-governmental organisations'],
    ['local government', 'municipality', 'council'],
    ['newspapers', 'media'],
    ['open-air', 'outdoor'],
    ['money', 'funding'],
    ['intergenerational', 'generations'],
    ['sustainable', 'keep going', 'carry on'],
    ['start', 'set up'],
    ['teachers', 'educators'],
    ['company', 'business'],
    ['mobilise', 'activate'],
  ],
};
