import type { CommandResult } from '../app/command-handler';
import type { Reply } from './endpoint';
import { badRequest } from './problem';

/** A command's answer: the id it acted on, the stream's revision, the same revision as ETag, and where to find what it created. */
export function commandReply(id: string, result: CommandResult, status: 200 | 201, location?: string): Reply {
  return {
    status,
    body: { id, revision: result.revision },
    headers: { ETag: `W/"${result.revision}"`, ...(location ? { Location: location } : {}) },
  };
}

/** If-Match names a revision of something that exists; a command that creates has none to name. */
export function refuseIfMatchOnCreation(expectedRevision: number | undefined, what: string, creation: string): void {
  if (expectedRevision !== undefined) {
    throw badRequest(`If-Match names a revision of an existing ${what}`, [{ in: 'header', field: 'If-Match', message: `does not apply to ${creation}` }]);
  }
}
