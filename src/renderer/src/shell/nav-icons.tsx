/** Small line icons for the sidebar, drawn inline: the app loads nothing from anywhere. */
const paths = {
  roll: 'M4 5.5h12M4 10h12M4 14.5h8',
  meetings: 'M5 4v2.5M15 4v2.5M3.5 8h13M4.5 5.5h11a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z',
  places: 'M3.5 16.5h13M5 16.5V5a1 1 0 0 1 1-1h8a1 1 0 0 1 1 1v11.5M8 7h1M11 7h1M8 10h1M11 10h1M9 16.5v-3h2v3',
  /** A bar chart crossing a goal line. */
  campaigns: 'M3 7h14M5 16.5V10M10 16.5V5M15 16.5V8.5M3 16.5h14',
  officers:
    'M7.5 9.5a2.75 2.75 0 1 0 0-5.5 2.75 2.75 0 0 0 0 5.5zM2.5 16c0-2.5 2.2-4.5 5-4.5s5 2 5 4.5M13 4.2a2.6 2.6 0 0 1 0 5M14.5 11.7c1.8.5 3 2.2 3 4.3',
  settings:
    'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4',
  committee: 'M10 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM4.5 16a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM15.5 16a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM8.6 7.6 5.6 12.3M11.4 7.6l3 4.7M6.5 14h7',
  search: 'M8.75 14a5.25 5.25 0 1 0 0-10.5 5.25 5.25 0 0 0 0 10.5zM12.5 12.5 16.5 16.5',
  lock: 'M6 9V6.5a4 4 0 0 1 8 0V9M5 9h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z',
} as const;

export type IconName = keyof typeof paths;

export function NavIcon({ name }: { name: IconName }) {
  return (
    <svg className="nav-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
