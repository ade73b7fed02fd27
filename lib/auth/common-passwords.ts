/**
 * The most used passwords of eight characters or more in public breach corpora, compared
 * case-insensitively. A short list ships with the app because it runs offline; it stops the
 * guesses an attacker tries first, while the length rule and rate limits do the rest.
 */
const COMMON = new Set(
  `password 12345678 123456789 1234567890 qwertyui qwerty123 password1 password12 password123
  iloveyou 11111111 00000000 abc12345 abcd1234 sunshine princess football baseball welcome1
  welcome123 trustno1 superman starwars passw0rd qwertyuiop 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx
  letmein1 letmein123 dragon12 monkey12 asdfghjk asdfasdf 12341234 87654321 88888888 12344321
  123123123 987654321 michelle jennifer computer whatever internet samsung1 liverpool chelsea1
  charlie1 aa123456 q1w2e3r4 qwer1234 admin123 administrator changeme changeme1 password! p@ssw0rd
  p@ssword qwerty12 qwerty1234 iloveyou1 1234qwer 12qwaszx zxcvbnm1 zxcvbnmm 1234abcd a1234567
  a12345678 123456789a 147258369 123654789 666666666 999999999 qazwsxedc 1qazxsw2 football1
  baseball1 master12 shadow12 michael1 jordan23 hello123 freedom1 whatever1 trustme1 mustang1
  access14 batman12 soccer12 summer2024 summer2025 winter2025 spring2026 autumn2026 google123
  naver123 samsung123 korea123 sarang12 saranghae 1q2w3e4r! waypoint waypoint1 waypoint123`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}
