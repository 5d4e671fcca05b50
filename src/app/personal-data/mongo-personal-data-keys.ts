import { Binary, MongoClient, MongoServerError, type Collection } from 'mongodb';
import { newPersonalDataKey, PersonalDataErasedError, type PersonalDataKeys } from './personal-data-keys';

const COLLECTION = 'personalDataKeys';
const DUPLICATE_KEY = 11000;

/** A null key marks an erased person. */
interface KeyDocument {
  _id: string;
  key: Binary | null;
}

/**
 * Keys in the `personalDataKeys` collection. Writes wait for a journaled majority: a key that
 * sealed data must survive a failover, or the data would be lost with it. Reads go to the primary,
 * so an erased key is never served from a lagging secondary.
 *
 * Erasure is complete once the oplog has rolled past the key's insert and no backup holds a copy:
 * keep backups of this collection on a shorter schedule than the event log's.
 */
export class MongoPersonalDataKeys implements PersonalDataKeys {
  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDocument>,
  ) {}

  static async connect(url: string, databaseName: string): Promise<MongoPersonalDataKeys> {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
    const keys = client.db(databaseName).collection<KeyDocument>(COLLECTION, {
      writeConcern: { w: 'majority', journal: true },
      readPreference: 'primary',
    });
    return new MongoPersonalDataKeys(client, keys);
  }

  async getOrCreate(personId: string): Promise<Buffer> {
    const document = await this.upsertKey(personId);
    if (document.key === null) throw new PersonalDataErasedError(personId);
    return Buffer.from(document.key.value());
  }

  async find(personId: string): Promise<Buffer | undefined> {
    const document = await this.keys.findOne({ _id: personId });
    return document?.key ? Buffer.from(document.key.value()) : undefined;
  }

  async erase(personId: string): Promise<void> {
    await this.keys.updateOne({ _id: personId }, { $set: { key: null } }, { upsert: true });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Inserts a key unless the person has a document already, and answers the document either way. */
  private async upsertKey(personId: string): Promise<KeyDocument> {
    const insert = { $setOnInsert: { key: new Binary(newPersonalDataKey()) } };
    try {
      return (await this.keys.findOneAndUpdate({ _id: personId }, insert, { upsert: true, returnDocument: 'after' }))!;
    } catch (error) {
      // Two first uses racing: the loser's insert hits the winner's _id, and the winner's key is the one.
      if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      return (await this.keys.findOne({ _id: personId }))!;
    }
  }
}
