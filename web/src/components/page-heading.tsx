import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title with what narrows the page (a day, a range) beside it, as one row. `id` labels the page's section. */
export function PageHeading({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="page-heading">
      <Typography.Title level={2} id={id}>
        {title}
      </Typography.Title>
      {children}
    </div>
  );
}
