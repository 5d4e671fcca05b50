import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/app/clock';
import { CommandHandler } from '../../src/app/command-handler';
import { openIdentityNumber, sealIdentityNumber } from '../../src/app/personal-data/identity-number-sealing';
import { SqlitePersonalDataKeys } from '../../src/app/personal-data/sqlite-personal-data-keys';
import { verifyChains } from '../../src/app/verify';
import type { TalentGrantAwarded } from '../../src/domain/talent/events';
import { talentDecider, talentStream } from '../../src/domain/talent/talent';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { IDENTITY_NUMBER, talentAward } from '../support/talent-fixtures';
import { manager } from '../support/test-app';

describe("erasing a person's key", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concierge-erasure-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the event log as written: the chain verifies, the number is unreadable, the rest of the award stays', async () => {
    const events = SqliteEventStore.open(join(dir, 'events.db'));
    const keys = SqlitePersonalDataKeys.open(join(dir, 'personal-keys.db'));
    const commands = new CommandHandler(events, new ManualClock('2026-03-02T02:00:00.000Z'));
    const identityNumber = await sealIdentityNumber(keys, 'person-1', IDENTITY_NUMBER);
    await commands.handle(talentDecider, talentStream('t-1'), talentAward({ person: { personId: 'person-1', name: '李明', identityNumber } }), manager);
    const [written] = await events.readStream(talentStream('t-1'));

    await keys.erase('person-1');

    const [after] = await events.readStream(talentStream('t-1'));
    expect(after).toEqual(written);
    const award = after!.data as TalentGrantAwarded['data'];
    expect(award.person.identityNumber).toEqual(identityNumber);
    expect(await openIdentityNumber(keys, award.person.identityNumber)).toBeUndefined();
    expect(award).toMatchObject({ person: { name: '李明' }, tier: 'full-time-phd', housingSubsidyFen: 20_000_000, months: 36 });
    expect(await verifyChains(events)).toEqual({ eventsChecked: 1, streamsChecked: 1, broken: [] });
    await Promise.all([events.close(), keys.close()]);
    expect(readFileSync(join(dir, 'events.db')).includes(IDENTITY_NUMBER)).toBe(false);
  });

  it('leaves no copy of the key in the key file, and no journal beside it', async () => {
    const file = join(dir, 'personal-keys.db');
    const keys = SqlitePersonalDataKeys.open(file);
    const key = await keys.getOrCreate('person-1');
    await keys.getOrCreate('person-2');
    expect(readFileSync(file).includes(key)).toBe(true);
    await keys.erase('person-1');
    await keys.close();
    expect(readFileSync(file).includes(key)).toBe(false);
    expect(['-journal', '-wal'].filter((suffix) => existsSync(`${file}${suffix}`))).toEqual([]);
  });

  it('keeps keys and erasures across restarts', async () => {
    const file = join(dir, 'personal-keys.db');
    const before = SqlitePersonalDataKeys.open(file);
    const key = await before.getOrCreate('person-1');
    await before.erase('person-2');
    await before.close();
    const reopened = SqlitePersonalDataKeys.open(file);
    expect(await reopened.find('person-1')).toEqual(key);
    await expect(reopened.getOrCreate('person-2')).rejects.toThrow('erased');
    await reopened.close();
  });
});
