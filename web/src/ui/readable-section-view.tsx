import type { ReadableSection } from '../lib/readable-sections';
import { Fact } from './fact';

/** A section of a file shown as a document to read: its title, its blocks (heading, lines, facts). */
export function ReadableSectionView({ section }: { section: ReadableSection }) {
  return (
    <section class="readable-section">
      <h2>{section.title}</h2>
      {section.blocks.length === 0 && <p class="empty">{section.empty}</p>}
      {/* A block has no id of its own; the list never changes once shown. */}
      {section.blocks.map((block, index) => (
        <div class="readable-block" key={index}>
          {block.heading && <h3>{block.heading}</h3>}
          {block.lines?.map((line, lineIndex) => (
            <p class="entry-text" key={lineIndex}>
              {line}
            </p>
          ))}
          {block.facts && block.facts.length > 0 && (
            <dl class="details">
              {block.facts.map(([term, value], factIndex) => (
                <Fact key={factIndex} term={term}>
                  {value}
                </Fact>
              ))}
            </dl>
          )}
        </div>
      ))}
    </section>
  );
}
