import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkbenchGroup } from './types';

/** One role's waiting items: a card per item with its count, each a link to the list of exactly those records. */
export function WaitingCards({ group }: { group: WorkbenchGroup }) {
  const { t } = useTranslation();
  const role = t(`roles.${group.role}`);
  return (
    <section className="workbench-group" aria-label={role}>
      <h2 className="workbench-group-title">{role}</h2>
      <Row gutter={[12, 12]}>
        {group.items.map((item) => {
          const label = t(`workbench.items.${item.key}`, item.params);
          return (
            <Col key={item.link} xs={12} sm={8} lg={6}>
              <Link to={item.link} className="workbench-item" aria-label={`${label}: ${item.count}`}>
                <Card size="small" hoverable className={item.count > 0 ? 'is-waiting' : undefined}>
                  <Statistic title={label} value={item.count} />
                </Card>
              </Link>
            </Col>
          );
        })}
      </Row>
    </section>
  );
}
