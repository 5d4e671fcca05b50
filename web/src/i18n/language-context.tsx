import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Language = 'zh' | 'en';

/** Text the API gives in both languages (a timeline summary, a reminder's title). */
export interface Bilingual {
  zh: string;
  en: string;
}

type Vars = Record<string, string | number>;

interface LanguageValue {
  language: Language;
  setLanguage(language: Language): void;
  /** The message in the chosen language, `{name}` replaced by `vars.name`. */
  t(key: MessageKey, vars?: Vars): string;
  /** The chosen language's half of a bilingual text. */
  pick(text: Bilingual): string;
}

const TABLES: Record<Language, Record<MessageKey, string>> = { zh, en };
const STORAGE_KEY = 'concierge.language';

const LanguageContext = createContext<LanguageValue | null>(null);

const initialLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh');

/** Chinese by default; the choice is kept in the browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setChosen] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setChosen(next);
  }, []);
  const value = useMemo<LanguageValue>(
    () => ({
      language,
      setLanguage,
      t: (key, vars = {}) => TABLES[language][key].replace(/\{(\w+)\}/g, (_match, name: string) => String(vars[name] ?? `{${name}}`)),
      pick: (text) => text[language],
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}
