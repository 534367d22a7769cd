/** News agencies whose names close wire copy (`Reuter`) or follow a byline (`Jane Doe, AP`). */
const agencyNames = [
  "Reuter", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "UPI", "dpa", "ANSA", "EFE", "SANA", "Xinhua", "Kyodo",
  "TASS", "ITAR-TASS", "RIA", "Interfax", "MENA", "WAFA", "Anadolu", "KUNA", "WAM", "SPA", "QNA", "IRNA", "PTI", "Yonhap", "Bernama",
  "NTB", "STT", "TT", "APA", "CTK", "PAP", "BTA", "Belga", "ANP", "Ritzau", "Lusa", "AAP", "Petra", "NNA", "KNA", "epd", "sda", "Keystone-SDA",
];

const known = new Map(agencyNames.map((name) => [name.toLocaleLowerCase("en"), name]));

/**
 * The agency `name` names, in any case, as agencies write it (`REUTER` → `Reuter`);
 * `others` adds the agencies a run knows of (`--source`), kept as given.
 * Undefined when `name` is no agency's.
 */
export function agencyName(name: string, others: Iterable<string> = []): string | undefined {
  const folded = name.trim().toLocaleLowerCase("en");
  for (const other of others) if (other.trim().toLocaleLowerCase("en") === folded) return other.trim();
  return known.get(folded);
}

/** True when `name` is a news agency's name (see `agencyName`). */
export function isAgencyName(name: string, others: Iterable<string> = []): boolean {
  return agencyName(name, others) !== undefined;
}
