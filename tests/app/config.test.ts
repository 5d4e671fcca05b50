import { ConfigError, loadConfig } from '../../src/app/config';

describe('configuration from the environment', () => {
  it('gives the embedded defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({ PORT: 8080, DATA_DIR: './data', MONGO_DB: 'concierge', PERSONAL_KEYS_DB: 'concierge-personal-keys', REDIS_PREFIX: 'concierge', LOG_LEVEL: 'info' });
  });

  it('reads the adapters and secrets it is given', () => {
    const config = loadConfig({
      PORT: '9000',
      EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      MONGO_URL: 'mongodb://127.0.0.1:27017/?replicaSet=rs0',
      REDIS_URL: 'redis://127.0.0.1:6379',
      AUTH_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({ PORT: 9000, EVENTSTORE_URL: 'esdb://localhost:2113?tls=false', REDIS_URL: 'redis://127.0.0.1:6379' });
  });

  it('stops with one line naming each wrong variable and its value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '99999', MONGO_URL: 'http://mongo', REDIS_URL: 'http://user:hunter2@redis', AUTH_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('PORT must be a port number from 1 to 65535 (got "99999")');
    expect(message).toContain('MONGO_URL must start with mongodb:// or mongodb+srv:// (got "http://mongo")');
    expect(message).toContain('AUTH_SECRET must be at least 32 characters (got a value that is not shown)');
    expect(message).not.toContain('short');
    expect(message).toContain('REDIS_URL must start with redis:// or rediss:// (got "http://***@redis")');
    expect(message).toContain('LOG_LEVEL must be one of');
  });
});
