import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryPersonalDataKeys } from '../../src/app/personal-data/memory-personal-data-keys';
import { MongoPersonalDataKeys } from '../../src/app/personal-data/mongo-personal-data-keys';
import { SqlitePersonalDataKeys } from '../../src/app/personal-data/sqlite-personal-data-keys';
import { describePersonalDataKeysContract } from './personal-data-keys.contract';

describePersonalDataKeysContract('memory', async () => {
  const keys = new MemoryPersonalDataKeys();
  return { keys, dispose: () => keys.close() };
});

describePersonalDataKeysContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concierge-keys-'));
  const keys = SqlitePersonalDataKeys.open(join(dir, 'personal-keys.db'));
  return {
    keys,
    dispose: async () => {
      await keys.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const mongoUrl = process.env['MONGO_URL'];
if (mongoUrl) {
  describePersonalDataKeysContract('mongo', async () => {
    const keys = await MongoPersonalDataKeys.connect(mongoUrl, 'concierge_contract');
    return { keys, dispose: () => keys.close() };
  });
}
