// A submitted version, read-only, section by section, in the editor's order.
import { labelOf, PATH_TO_HARM_STAGE_OF, SECTION_TITLES, STATEMENT_SECTIONS } from '@impact-review/domain';
import type { Artifact, ImpactStatementContent, StatementSection } from '@impact-review/domain';

function Text({ value }: { value: string }) {
  return value.trim() ? <p className="prose">{value}</p> : <p className="muted">Not answered.</p>;
}

function SectionBody({ section, content, artifacts }: { section: StatementSection; content: ImpactStatementContent; artifacts: readonly Artifact[] }) {
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
                {labelOf(h.kind)} — {labelOf(h.severity)} severity
              </strong>
              <Text value={h.description} />
            </li>
          ))}
        </ul>
      );
    case 'pathToHarm':
      return (
        <div className="table-wrap">
          <table className="table">
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
                  <td>{labelOf(PATH_TO_HARM_STAGE_OF[row.factor])}</td>
                  <td>{labelOf(row.factor)}</td>
                  <td>{labelOf(row.rating)}</td>
                  <td className="prose">{row.justification}</td>
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
            <strong>Stage:</strong> {content.accessRatchetStage ? labelOf(content.accessRatchetStage) : 'Not chosen'}
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
              <strong>{labelOf(row.kind)}</strong>: {row.applies ? 'applies' : 'does not apply'}
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
            <strong>Affected groups:</strong> {content.affectedGroups.length ? content.affectedGroups.join(', ') : 'none named'}
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
          <table className="table">
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
                  <td>{artifacts.find((a) => a.key === item.artifactKey)?.name ?? item.artifactKey}</td>
                  <td>{labelOf(item.contentLevel)}</td>
                  <td>
                    {labelOf(item.timing)}
                    {item.timing === 'timed' && item.embargoUntil ? ` until ${item.embargoUntil}` : ''}
                    {item.timing === 'periodic_evaluation' && item.reviewEveryMonths
                      ? `, every ${item.reviewEveryMonths} months`
                      : ''}
                  </td>
                  <td>{labelOf(item.distribution)}</td>
                  <td>
                    {item.timing === 'evented' ? <p className="prose">Released when: {item.releaseEvent}</p> : null}
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

export function StatementView({ content, artifacts }: { content: ImpactStatementContent; artifacts: readonly Artifact[] }) {
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
