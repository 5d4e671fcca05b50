import { Link } from 'react-router';

/** A firm by name (its id when the firms read model has no name for it), linked to its page; a dash for a record that names no firm. */
export function FirmLink({ id, name }: { id: string | null; name: string | null }) {
  return id ? <Link to={`/firms/${id}`}>{name ?? id}</Link> : <>—</>;
}
