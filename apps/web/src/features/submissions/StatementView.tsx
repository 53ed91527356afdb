// A submitted version, read-only: its details (abstract, links, authors, artifacts), then the
// statement section by section, in the editor's order.
import {
  labelOf,
  LINK_LABELS,
  PATH_TO_HARM_STAGE_OF,
  SECTION_TITLES,
  STATEMENT_SECTIONS,
} from '@impact-review/domain';
import type {
  Artifact,
  ImpactStatementContent,
  StatementSection,
  SubmissionLinks,
} from '@impact-review/domain';

/** An answer not given yet reads as such, never as a value. */
function labelOrUnrated(value: string | null): string {
  return value === null ? 'Not yet rated' : labelOf(value);
}

function appliesText(applies: boolean | null): string {
  return applies === null ? 'not answered' : applies ? 'applies' : 'does not apply';
}

const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

/** What the authors registered beside the statement, as this version froze it. */
export function VersionDetails({
  abstract,
  links,
  authors,
  artifacts,
}: {
  abstract: string;
  links: SubmissionLinks;
  authors: readonly { id: string; name: string }[];
  artifacts: readonly Artifact[];
}) {
  const linkKeys = (Object.keys(LINK_LABELS) as (keyof SubmissionLinks)[]).filter(
    (key) => links[key].trim() !== '',
  );
  return (
    <section className="card" aria-labelledby="view-details">
      <h3 id="view-details">Submission details</h3>
      <dl className="details">
        <dt>Authors</dt>
        <dd>{authors.map((a) => a.name).join(', ')}</dd>
        <dt>Abstract</dt>
        <dd>
          {abstract.trim() ? (
            <span className="prose">{abstract}</span>
          ) : (
            <span className="muted">No abstract.</span>
          )}
        </dd>
        <dt>Links</dt>
        <dd>
          {linkKeys.length === 0 ? (
            <span className="muted">None given.</span>
          ) : (
            <ul className="plain-list">
              {linkKeys.map((key) => (
                <li key={key}>
                  {LINK_LABELS[key]}:{' '}
                  {isWebAddress(links[key]) ? (
                    <a href={links[key]} rel="noreferrer noopener" target="_blank" className="break-anywhere">
                      {links[key]}
                    </a>
                  ) : (
                    <span className="break-anywhere">{links[key]}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h4>Artifacts</h4>
      {artifacts.length === 0 ? (
        <p className="muted">No artifacts listed.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">Artifact</th>
                <th scope="col">Kind</th>
                <th scope="col">Power level</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {artifacts.map((artifact) => (
                <tr key={artifact.key}>
                  <td data-label="Artifact">{artifact.name}</td>
                  <td data-label="Kind">{labelOf(artifact.kind)}</td>
                  <td data-label="Power level">{labelOf(artifact.powerLevel)}</td>
                  <td data-label="Description" className="prose">
                    {artifact.description || <span className="muted">No description.</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Text({ value }: { value: string }) {
  return value.trim() ? <p className="prose">{value}</p> : <p className="muted">Not answered.</p>;
}

function SectionBody({
  section,
  content,
  artifacts,
}: {
  section: StatementSection;
  content: ImpactStatementContent;
  artifacts: readonly Artifact[];
}) {
  switch (section) {
    case 'summary':
      return <Text value={content.summary} />;
    case 'hazards':
      return content.hazards.length === 0 ? (
        <p className="muted">No hazards listed.</p>
      ) : (
        <ul>
          {content.hazards.map((h, i) => (
            <li key={i}>
              <strong>
                {labelOf(h.kind)} —{' '}
                {h.severity ? `${labelOf(h.severity)} severity` : 'severity not yet rated'}
              </strong>
              <Text value={h.description} />
            </li>
          ))}
        </ul>
      );
    case 'pathToHarm':
      return (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Factor</th>
                <th scope="col">Rating</th>
                <th scope="col">Justification</th>
              </tr>
            </thead>
            <tbody>
              {content.pathToHarm.map((row) => (
                <tr key={row.factor}>
                  <td data-label="Stage">{labelOf(PATH_TO_HARM_STAGE_OF[row.factor])}</td>
                  <td data-label="Factor">{labelOf(row.factor)}</td>
                  <td data-label="Rating">{labelOrUnrated(row.rating)}</td>
                  <td data-label="Justification" className="prose">
                    {row.justification}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'accessRatchet':
      return (
        <>
          <p>
            <strong>Stage:</strong>{' '}
            {content.accessRatchetStage ? labelOf(content.accessRatchetStage) : 'Not chosen'}
          </p>
          <Text value={content.accessRatchetJustification} />
        </>
      );
    case 'indirectHarms':
    case 'mitigationChallenges': {
      const rows = section === 'indirectHarms' ? content.indirectHarms : content.mitigationChallenges;
      return (
        <ul>
          {rows.map((row) => (
            <li key={row.kind}>
              <strong>{labelOf(row.kind)}</strong>: {appliesText(row.applies)}
              {row.applies ? <Text value={row.description} /> : null}
            </li>
          ))}
        </ul>
      );
    }
    case 'benefits':
      return (
        <>
          <Text value={content.benefits} />
          <p>
            <strong>Affected groups:</strong>{' '}
            {content.affectedGroups.length ? content.affectedGroups.join(', ') : 'none named'}
          </p>
        </>
      );
    case 'mitigations':
      return content.mitigations.length === 0 ? (
        <p className="muted">No mitigations listed.</p>
      ) : (
        <ul>
          {content.mitigations.map((m, i) => (
            <li key={i}>
              <strong>{labelOf(m.kind)}</strong>
              <Text value={m.description} />
            </li>
          ))}
        </ul>
      );
    case 'releasePlan':
      return (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">Artifact</th>
                <th scope="col">Content</th>
                <th scope="col">Timing</th>
                <th scope="col">Distribution</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {content.releasePlan.map((item) => (
                <tr key={item.artifactKey}>
                  <td data-label="Artifact">
                    {artifacts.find((a) => a.key === item.artifactKey)?.name ?? item.artifactKey}
                  </td>
                  <td data-label="Content">{labelOf(item.contentLevel)}</td>
                  <td data-label="Timing">
                    {labelOf(item.timing)}
                    {item.timing === 'timed' && item.embargoUntil ? ` until ${item.embargoUntil}` : ''}
                    {item.timing === 'periodic_evaluation' && item.reviewEveryMonths
                      ? `, every ${item.reviewEveryMonths} months`
                      : ''}
                  </td>
                  <td data-label="Distribution">{labelOf(item.distribution)}</td>
                  <td data-label="Details">
                    {item.timing === 'evented' ? (
                      <p className="prose">Released when: {item.releaseEvent}</p>
                    ) : null}
                    {item.timing === 'staged' ? (
                      <ol>
                        {item.stages.map((stage, j) => (
                          <li key={j}>
                            {stage.description} ({stage.opensOn ?? stage.trigger})
                          </li>
                        ))}
                      </ol>
                    ) : null}
                    {item.accessConditions ? <p className="prose">Access: {item.accessConditions}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function StatementView({
  content,
  artifacts,
}: {
  content: ImpactStatementContent;
  artifacts: readonly Artifact[];
}) {
  return (
    <div className="stack">
      {STATEMENT_SECTIONS.map((section) => (
        <section key={section} className="card" aria-labelledby={`view-${section}`}>
          <h3 id={`view-${section}`}>{SECTION_TITLES[section]}</h3>
          <SectionBody section={section} content={content} artifacts={artifacts} />
        </section>
      ))}
    </div>
  );
}
