/** Today in Asia/Shanghai as YYYY-MM-DD, the form the API's calendar dates take, `days` later. */
export function shanghaiDate(days = 0): string {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}
