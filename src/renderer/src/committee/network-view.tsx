import cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MostTied, Network } from '../../../shared/committee';
import type { Member } from '../../../shared/roll';
import { ErrorAlert } from '../ui/alerts';
import { useChapterLoad } from '../ui/use-chapter-load';

/** Assessment colours as on the wall chart: 1 leader (dark green) to 5 opposed (red); grey unknown. */
const ASSESSMENT_COLOURS = ['#1b5e20', '#43a047', '#f9a825', '#ef6c00', '#c62828'];
const colourOf = (assessment: number | null): string => (assessment ? ASSESSMENT_COLOURS[assessment - 1]! : '#9e9e9e');

/**
 * Cytoscape adds an inline <style> to the page (its container's position: relative) unless an
 * element with this id is already there. The page's Content-Security-Policy refuses inline
 * styles, so the same rule is in committee.css and this marker stands in for the <style>.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

const nameOf = (member: Member): string => [member.preferred_name || member.first_name, member.last_name].filter(Boolean).join(' ');

/** The social map: one member's network, drawn by Cytoscape's force-directed layout, and the most-tied people per building. */
export function NetworkView() {
  const { t } = useTranslation('committee');
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<Member[]>([]);
  const [chosen, setChosen] = useState<Member | null>(null);
  const [network, setNetwork] = useState<Network | null>(null);
  const [by, setBy] = useState<'building' | 'department'>('building');
  const [mostTied, setMostTied] = useState<MostTied[] | null>(null);
  useChapterLoad(
    () => (search.trim() ? window.chapter.roll.list({ search, limit: 8 }).then((page) => page.rows) : Promise.resolve([])),
    setMatches,
    setError,
    [search],
  );
  useChapterLoad(() => (chosen ? window.chapter.committee.network({ memberId: chosen.id }) : Promise.resolve(null)), setNetwork, setError, [chosen]);
  useChapterLoad(() => window.chapter.committee.mostTied({ by }), setMostTied, setError, [by]);

  return (
    <div className="committee-stack">
      <ErrorAlert message={error} />
      <div className="committee-toolbar">
        <span className="field committee-field">
          <label htmlFor="network-search">{t('network.find')}</label>
          <input
            id="network-search"
            className="input"
            type="search"
            value={search}
            placeholder={t('network.findPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </span>
      </div>
      {matches.length > 0 ? (
        <ul className="committee-list network-matches" aria-label={t('network.results')}>
          {matches.map((member) => (
            <li key={member.id}>
              <button type="button" className="link" onClick={() => setChosen(member)}>
                {nameOf(member)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen && network ? <NetworkPicture name={nameOf(chosen)} centre={chosen.id} network={network} /> : null}
      <section className="committee-section" aria-labelledby="most-tied-title">
        <h2 id="most-tied-title" className="committee-heading">
          {by === 'building' ? t('network.mostTied') : t('network.mostTiedDepartment')}
        </h2>
        <p className="muted">{t('network.mostTiedHelp')}</p>
        <div role="group" aria-label={t('network.mostTied')} className="committee-actions">
          <button type="button" className="button button-secondary" aria-pressed={by === 'building'} onClick={() => setBy('building')}>
            {t('network.byBuilding')}
          </button>
          <button type="button" className="button button-secondary" aria-pressed={by === 'department'} onClick={() => setBy('department')}>
            {t('network.byDepartment')}
          </button>
        </div>
        {mostTied && mostTied.length === 0 ? <p className="muted">{t('network.mostTiedNone')}</p> : null}
        {mostTied?.map((group) => (
          <div key={group.group} className="most-tied-group">
            <h3 className="committee-subheading">{group.group || t('network.noGroup')}</h3>
            <ol className="committee-list">
              {group.members.map((member) => (
                <li key={member.id}>
                  {member.name} — {t('network.ties', { count: member.ties })}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}

function NetworkPicture({ name, centre, network }: { name: string; centre: string; network: Network }) {
  const { t } = useTranslation('committee');
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || network.edges.length === 0) return;
    claimCytoscapeStylesheet();
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...network.nodes.map((node) => ({ data: { id: node.id, label: node.name, colour: colourOf(node.assessment), size: 24 + Math.min(node.ties, 10) * 3 } })),
        ...network.edges.map((edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, label: t(`kind.${edge.kind}`), arrow: edge.kind === 'influences' ? 'triangle' : 'none' } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#1a1a1a',
          },
        },
        { selector: `node[id = "${centre}"]`, style: { 'border-width': 3, 'border-color': '#1a1a1a' } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': '#8a8a8a',
            'target-arrow-color': '#8a8a8a',
            'target-arrow-shape': 'data(arrow)' as never,
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 10,
            color: '#595959',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
          },
        },
      ],
      // Force-directed, seeded the same way each time, so the picture does not jump between visits.
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 },
      // A network of three should not fill the box with giant circles.
      maxZoom: 1.4,
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
    });
    return () => graph.destroy();
  }, [centre, network, t]);
  const nodeName = new Map(network.nodes.map((node) => [node.id, node.name]));
  return (
    <section className="committee-section" aria-labelledby="network-title">
      <h2 id="network-title" className="committee-heading">
        {t('network.of', { name })} <span className="count-badge">{t('network.ties', { count: network.edges.length })}</span>
      </h2>
      {network.edges.length === 0 ? (
        <p className="muted">{t('network.noTies', { name })}</p>
      ) : (
        <>
          <div ref={container} className="network-canvas" role="img" aria-label={t('network.picture', { name })} data-testid="network-canvas" />
          <ul className="committee-list" aria-label={t('network.of', { name })}>
            {network.edges.map((edge) => (
              <li key={edge.id}>{t('network.tieLine', { a: nodeName.get(edge.source) ?? '', kind: t(`kind.${edge.kind}`), b: nodeName.get(edge.target) ?? '' })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
