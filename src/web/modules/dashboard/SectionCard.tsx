import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { BreakdownCard } from './BreakdownCard';
import { FigureValue } from './FigureValue';
import type { DashboardSection, Figure } from './types';
import { useDashboardWords } from './use-words';

type Props = { section: DashboardSection; figures: Figure[] };

/** A section's headline figures (每个数字都能点开) and the breakdowns of its figures. */
export function SectionCard({ section, figures }: Props) {
  const { t } = useTranslation();
  const words = useDashboardWords();
  const breakdowns = figures.flatMap((f) =>
    f.breakdowns.filter((b) => b.parts.length > 0).map((b) => ({ figure: f, ...b })),
  );
  const headingId = `dashboard-section-${section}`;
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <Card
        title={
          <h2 id={headingId} className="dashboard-section-title">
            {t(`dashboard.sections.${section}`)}
          </h2>
        }
      >
        <Row gutter={[16, 16]}>
          {figures.map((f) => (
            <Col key={f.key} xs={12} md={8} xl={6} xxl={4}>
              <Statistic
                title={words.figure(f.key)}
                value={f.value ?? undefined}
                formatter={() => <FigureValue value={f.value} unit={f.unit} link={f.link} />}
                suffix={f.value === null ? undefined : words.suffix(f.unit)}
              />
            </Col>
          ))}
        </Row>
        {breakdowns.length > 0 && (
          <Row gutter={[16, 16]} className="dashboard-breakdowns">
            {breakdowns.map((b) => (
              <Col key={`${b.figure.key}-${b.by}`} xs={24} lg={12} xxl={8}>
                <BreakdownCard figure={b.figure.key} unit={b.figure.unit} by={b.by} parts={b.parts} />
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </section>
  );
}
