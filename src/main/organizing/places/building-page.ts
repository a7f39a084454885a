/** What the list of places and a building's page show, put together from places, issues and targets. */
import { UNRESOLVED_STATUSES, type PlaceDetail, type PlaceSummary } from '../../../shared/places';
import type { VaultContext } from '../../core/context';
import { listDemands } from './demands';
import { groupBy, unitKey } from './fold';
import { categoryCounts, listIssues, timeline } from './issues';
import { compareNatural } from '../structure';
import { ensurePlaces, getPlace, placeMembers, summarize, unitRows, unitTotal } from './places';
import { placeLinks } from './targets';

export function listPlaces(context: VaultContext): PlaceSummary[] {
  const issues = groupBy(listIssues(context), (issue) => issue.placeId);
  return ensurePlaces(context)
    .map((place) => {
      const own = issues.get(place.id) ?? [];
      const open = own.filter((issue) => UNRESOLVED_STATUSES.includes(issue.status)).length;
      return summarize(place, placeMembers(context, place), open, own.filter((issue) => issue.overdue).length);
    })
    .sort((a, b) => compareNatural(a.name, b.name) || a.kind.localeCompare(b.kind));
}

export function placeDetail(context: VaultContext, id: string): PlaceDetail {
  const place = getPlace(context, id);
  const members = placeMembers(context, place);
  const issues = listIssues(context, { placeId: id });
  const openByUnit = new Map<string, number>();
  for (const issue of issues) {
    if (issue.unit && UNRESOLVED_STATUSES.includes(issue.status)) openByUnit.set(unitKey(issue.unit), (openByUnit.get(unitKey(issue.unit)) ?? 0) + 1);
  }
  return {
    place,
    units: place.kind === 'building' ? unitRows(place, members, openByUnit) : [],
    members,
    issues,
    links: placeLinks(context, id),
    counts: categoryCounts(issues, unitTotal(place, members)),
    timeline: timeline(issues),
    demands: listDemands(context, id),
    campaigns: [],
  };
}
