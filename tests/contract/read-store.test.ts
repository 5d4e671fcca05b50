import { EmbeddedReadStore } from '../../src/readstore/embedded/embedded-read-store';
import { MongoReadStore } from '../../src/readstore/mongo/mongo-read-store';
import { describeReadStoreContract } from './read-store.contract';

describeReadStoreContract('embedded', async () => {
  const store = EmbeddedReadStore.open(':memory:');
  return { store, dispose: () => store.close() };
});

const mongoUrl = process.env['MONGO_URL'];
if (mongoUrl) {
  describeReadStoreContract('mongo', async () => {
    const store = await MongoReadStore.connect(mongoUrl, 'concierge_contract');
    return { store, dispose: () => store.close() };
  });
}
