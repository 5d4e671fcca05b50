import { Link } from 'react-router';

/** A firm by name, linked to its page; `name` comes from useFirmNames. */
export function FirmLink({ id, name }: { id: string | null; name: (id: string) => string }) {
  return id ? <Link to={`/firms/${id}`}>{name(id)}</Link> : <>—</>;
}
