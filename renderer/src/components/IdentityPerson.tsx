import { formatNip } from '../../../shared/domain/nip';
import type { PersonSnapshot } from '../../../shared/ipc/methods/skp';

interface IdentityPersonProps {
  title: string;
  person: PersonSnapshot | null;
  /** Shown instead of the person when there is none. */
  empty: string;
  testId?: string;
}

/** One person of an identity table (SKP, penilaian): name, NIP, pangkat, jabatan and unit as recorded. */
export function IdentityPerson({ title, person, empty, testId }: IdentityPersonProps) {
  return (
    <div className="identity-person" data-testid={testId}>
      <p className="identity-title">{title}</p>
      {person ? (
        <>
          <p className="identity-name">{person.fullName}</p>
          <p className="identity-line nip">NIP {formatNip(person.nip)}</p>
          {person.pangkatGolongan && <p className="identity-line">{person.pangkatGolongan}</p>}
          <p className="identity-line">{person.positionName}</p>
          <p className="identity-line muted">{person.unitName}</p>
        </>
      ) : (
        <p className="identity-line muted">{empty}</p>
      )}
    </div>
  );
}
