// Google's JobPosting rules (developers.google.com/search/docs/appearance/structured-data/job-posting), written out
// independently of the code that builds the data: what a test holds every published posting to.
const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
const UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isoDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));

/** Every rule the posting breaks, in words; an empty list means Google's required fields and our recommended ones hold. */
export function jobPostingProblems(data: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => ok || problems.push(message);
  if (!isObject(data)) return ['not an object'];
  need(data['@context'] === 'https://schema.org/' || data['@context'] === 'https://schema.org', '@context is not schema.org');
  need(data['@type'] === 'JobPosting', '@type is not JobPosting');
  need(text(data.title), 'title missing');
  need(text(data.description), 'description missing');
  need(isoDate(data.datePosted), 'datePosted is not an ISO 8601 date');
  need(isObject(data.hiringOrganization) && text(data.hiringOrganization.name), 'hiringOrganization.name missing');
  if (data.jobLocationType === 'TELECOMMUTE') {
    const area = data.applicantLocationRequirements;
    need(
      isObject(area) && ['Country', 'State', 'AdministrativeArea'].includes(String(area['@type'])) && text(area.name),
      'remote job without applicantLocationRequirements',
    );
  } else {
    const place = data.jobLocation;
    const address = isObject(place) ? place.address : undefined;
    need(
      isObject(place) && place['@type'] === 'Place' && isObject(address) && address['@type'] === 'PostalAddress',
      'jobLocation with a PostalAddress missing',
    );
    if (isObject(address))
      need(text(address.addressLocality) || text(address.addressCountry), 'jobLocation address names neither a locality nor a country');
  }
  if (data.validThrough !== undefined) need(isoDate(data.validThrough), 'validThrough is not an ISO 8601 date');
  need(EMPLOYMENT_TYPES.includes(String(data.employmentType)), 'employmentType is not one of Google’s values');
  need(isObject(data.identifier) && text(data.identifier.name) && text(String(data.identifier.value ?? '')), 'identifier missing');
  need(data.directApply === true, 'directApply is not true');
  if (data.baseSalary !== undefined) {
    const salary = data.baseSalary;
    const value = isObject(salary) ? salary.value : undefined;
    need(
      isObject(salary) && salary['@type'] === 'MonetaryAmount' && /^[A-Z]{3}$/.test(String(salary.currency)),
      'baseSalary is not a MonetaryAmount with an ISO 4217 currency',
    );
    need(
      isObject(value) && value['@type'] === 'QuantitativeValue' && UNITS.includes(String(value.unitText)),
      'baseSalary value has no QuantitativeValue unitText',
    );
    if (isObject(value)) {
      const range = typeof value.minValue === 'number' && typeof value.maxValue === 'number' && value.minValue <= value.maxValue;
      need(range || typeof value.value === 'number', 'baseSalary has neither a value nor an ordered minValue/maxValue');
    }
  }
  return problems;
}
