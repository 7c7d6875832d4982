// Shape of the generated sensitive-member table (scripts/sensitive-members/generate.ts writes it).
// Paths: member names joined by ".", "[]" for a list item, "{}" for a map value; a member whose wire
// name differs (xmlName, ec2QueryName, jsonName) is written "Name|wireName".

export interface SensitiveOperation {
  /** Sensitive paths in the operation's input. */
  in?: string[];
  /** Sensitive paths in the operation's output. */
  out?: string[];
  /** Names of sensitive members nested too deep to list by path; hidden wherever they occur in the operation's bodies. */
  deep?: string[];
}

export interface SensitiveClient {
  version: string;
  /** SigV4 signing name; several clients may share one (rds: RDS, DocumentDB, Neptune). */
  signingName: string | null;
  ops: Record<string, SensitiveOperation>;
}

export interface SensitiveMemberTable {
  source: string;
  release: string;
  note: string;
  generatedBy: string;
  counts: { clientsListed: number; clients: number; clientsFromLogFilters: number; operations: number; paths: number; deepNames: number };
  /** By package name without "@aws-sdk/client-". */
  clients: Record<string, SensitiveClient>;
}
