// The dashboard's JSON as the console receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/dashboard';

export type Dashboard = Wire<typeof Api.Dashboard>;
export type DashboardQuery = Wire<typeof Api.DashboardQuery>;
export type Figure = Wire<typeof Api.Figure>;
export type FigurePart = Wire<typeof Api.FigurePart>;
export type ChildFigures = Wire<typeof Api.ChildFigures>;
export type { DashboardSection, FigureKey, FigureUnit } from '../../../shared/api/dashboard';
