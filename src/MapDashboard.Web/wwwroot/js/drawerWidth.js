// Whether MudBlazor's stylesheet lays the filter drawer over the page (below its md breakpoint, 960 px) rather than
// beside it: MainLayout closes a drawer that starts open there, as MudDrawer did.
export const drawerOverlaysPage = () => matchMedia('(max-width: 959.98px)').matches;
