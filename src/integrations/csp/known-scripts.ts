/**
 * The inline scripts the handbook's pages may run, by the hash the Content-Security-Policy lists. They
 * are all Starlight's (0.42): the handbook's own scripts are bundled files under _astro/. The CSP step
 * fails the build on any other inline script, so a script that reached a page through its content, its
 * frontmatter or a component bug never gets a hash. After upgrading Starlight or Astro the build names
 * each new script with its hash: check where it comes from, then list it here.
 */
export const knownScripts: readonly { hash: string; origin: string }[] = [
  {
    hash: "'sha256-gu3F+5zLeJcRNPYOHsk+90ersAAWfS6WxdKhcnlJmYs='",
    origin:
      'overrides/Search.astro: opens the search dialog and keeps what is typed before Pagefind is ready',
  },
  {
    hash: "'sha256-UsT60rMGEhE/IT8Pe7vmTSFBhNJVRutSmQXY91sw44E='",
    origin: 'pages/alerts/[id].astro: forwards an alert address to its runbook, keeping the query string',
  },
  {
    hash: "'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA='",
    origin: 'ThemeProvider.astro: applies the stored colour theme before the page paints',
  },
  {
    hash: "'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo='",
    origin: 'ThemeSelect.astro: updates the theme pickers',
  },
  {
    hash: "'sha256-nVO98WGdJA5yup1/MAdukGqUlS6Psuf7JJFF5ikWqbQ='",
    origin: 'ThemeSelect.astro: the theme picker element (bundled by Astro, inlined)',
  },
  {
    hash: "'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko='",
    origin: 'Search.astro: the keyboard shortcut that opens search',
  },
  {
    hash: "'sha256-hP48sUywTAXyg22qvpdOC/cYIA8MfPdKEbPC/mvGk4M='",
    origin: 'Select.astro: the select element (bundled by Astro, inlined)',
  },
  {
    hash: "'sha256-VgrgcKBvIM3XpiLJ6fEv1Vy6YHBwlKLkYtFdfBMouTo='",
    origin: 'Page.astro: SidebarPersistState, saves the sidebar state (bundled by Astro, inlined)',
  },
  {
    hash: "'sha256-ucPfdYc9FPIvbmnn9ECv3eLKYLt8/heMPFQ+hNTn6jY='",
    origin: 'PageFrame.astro: the sidebar popover on narrow screens (bundled by Astro, inlined)',
  },
  {
    hash: "'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4='",
    origin: 'SidebarPersister.astro: restores the saved sidebar state',
  },
  {
    hash: "'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ='",
    origin: 'SidebarPersister.astro: restores the sidebar scroll position',
  },
];
