/** content/contact.json: the implementer's and the contact person's details, shown by <ContactDetails />. */
import { help, matching, text } from './rules.ts';
import { strictObject } from './strict.ts';

const bothLanguages = (field: string, lv: string, en: string, example: string) =>
  strictObject(
    {
      lv: text(help(`${field}.lv`, `${lv} latviski`, `${en} in Latvian`, `lv: ${example}`)),
      en: text(help(`${field}.en`, `${lv} angliski`, `${en} in English`, `en: ${example}`)),
    },
    help(field, `${lv} abās valodās`, `${en} in both languages`, `"${field.split('.').at(-1)}": { "lv": …, "en": … }`),
  );

const email = (field: string) =>
  matching(
    /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i,
    help(field, 'e-pasta adresi', 'an e-mail address', '"email": "vards@example.org"'),
  );

/** The schema of content/contact.json. */
export const contactSchema = strictObject(
  {
    implementer: strictObject(
      {
        name: bothLanguages(
          'implementer.name',
          'īstenotāja nosaukumu',
          "the implementer's name",
          '"Izglītības iniciatīvu centrs"',
        ),
        person: bothLanguages(
          'implementer.person',
          'vadītāju un amatu',
          'the head and their role',
          '"Vārds Uzvārds, direktore"',
        ),
        email: email('implementer.email'),
      },
      help('implementer', 'īstenotāju', 'the implementer', '"implementer": { "name": …, "person": …, "email": … }'),
    ),
    contactPerson: strictObject(
      {
        role: bothLanguages('contactPerson.role', 'amatu', 'the role', '"Projekta vadītāja"'),
        name: text(help('contactPerson.name', 'vārdu un uzvārdu', 'the name', '"name": "Vārds Uzvārds"')),
        phone: matching(
          /^\d{8}$/,
          help(
            'contactPerson.phone',
            'tālruņa numuru ar 8 cipariem, bez +371',
            'the phone number as 8 digits, without +371',
            '"phone": "65235635"',
          ),
        ),
        email: email('contactPerson.email'),
      },
      help(
        'contactPerson',
        'kontaktpersonu',
        'the contact person',
        '"contactPerson": { "role": …, "name": …, "phone": …, "email": … }',
      ),
    ),
  },
  help('(contact.json)', 'kontaktinformāciju', 'the contact details', '{ "implementer": …, "contactPerson": … }'),
);
