/**
 * Personal data as events carry it: AES-256-GCM ciphertext under a key of the person's own, kept
 * outside the event log. Erasing the key erases the data without rewriting an event, so the hash
 * chains still verify. Binary fields are base64; `keyId` is the person's id.
 */
export interface SealedPersonalData {
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}
