import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BulbOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CommentOutlined,
  ContactsOutlined,
  DashboardOutlined,
  EditOutlined,
  FileDoneOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  KeyOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ReadOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { isAdmin, useMe } from '../modules/auth/api';
import { mayUseContacts } from '../modules/contacts';
import { mayUseDashboard } from '../modules/dashboard';
import { isMemberMe, mayReadDuty } from '../modules/duty';
import { mayUseMemberGroups } from '../modules/member-groups';
import { mayReadMembers } from '../modules/members';
import { NotificationBell } from '../modules/notifications';
import { mayHandleProposals } from '../modules/proposals';
import { mayUseReceptions } from '../modules/receptions';
import { mayReadSubmissions } from '../modules/submissions';
import { mayOwnTasks, mayUseBoard } from '../modules/tasks';
import { mayUseTrainings } from '../modules/trainings';
import { mayKeepSynonyms } from '../modules/vocabulary';
import { mayUseWhistles } from '../modules/whistles';
import { mayUseWritings } from '../modules/writings';
import { Breadcrumbs } from './Breadcrumbs';
import { HeaderUser } from './HeaderUser';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageSpin } from './PageSpin';

/** Header (product, language, user), side menu, and the current page. */
export default function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const admin = isAdmin(me.data);
  const roles = new Set(me.data?.grants.map((g) => g.role));
  // 议题/协商: liaisons, the CPPCC office, members and leaders; outcomes also reach departments (报送)
  const deliberates = roles.has('liaison') || roles.has('cppcc') || roles.has('member') || roles.has('leader');
  const receivesOutcomes = deliberates || roles.has('department');

  const entries = [
    // 工作台 first for everyone: what waits for them in each role they hold
    { key: '/workbench', icon: <DashboardOutlined />, label: t('workbench.nav'), show: true },
    // 我的履职 first for members: their own page; 履职考核 for the office, liaisons and leaders
    { key: '/home', icon: <HomeOutlined />, label: t('duty.nav.home'), show: isMemberMe(me.data) },
    // 数据看板: leaders, the CPPCC office and liaisons
    { key: '/dashboard', icon: <DashboardOutlined />, label: t('dashboard.nav'), show: mayUseDashboard(me.data) },
    { key: '/places', icon: <ApartmentOutlined />, label: t('nav.places'), show: true },
    // 委员名册: the CPPCC office keeps it, liaisons and leaders read it
    { key: '/members', icon: <ContactsOutlined />, label: t('members.nav'), show: mayReadMembers(me.data) },
    {
      key: '/submissions',
      icon: <InboxOutlined />,
      label: t('nav.submissions'),
      show: mayReadSubmissions(me.data),
    },
    { key: '/topics', icon: <BulbOutlined />, label: t('nav.topics'), show: deliberates },
    { key: '/plan', icon: <CalendarOutlined />, label: t('nav.plan'), show: deliberates },
    { key: '/consultations', icon: <CommentOutlined />, label: t('nav.consultations'), show: deliberates },
    { key: '/outcomes', icon: <FileDoneOutlined />, label: t('nav.outcomes'), show: receivesOutcomes },
    // 督办台 for those who press tasks; 我的任务 for those who carry them out
    {
      key: '/supervision',
      icon: <SafetyCertificateOutlined />,
      label: t('nav.supervision'),
      show: mayUseBoard(me.data),
    },
    { key: '/tasks', icon: <CarryOutOutlined />, label: t('nav.myTasks'), show: mayOwnTasks(me.data) },
    { key: '/proposals', icon: <SolutionOutlined />, label: t('proposals.nav'), show: mayHandleProposals(me.data) },
    // 委员小组 and 联系点覆盖: the office, liaisons and leaders
    {
      key: '/members/groups',
      icon: <ClusterOutlined />,
      label: t('memberGroups.nav.groups'),
      show: mayUseMemberGroups(me.data),
    },
    {
      key: '/members/coverage',
      icon: <CheckSquareOutlined />,
      label: t('memberGroups.nav.coverage'),
      show: mayUseMemberGroups(me.data),
    },
    // 社情民意与提案: members write them, the CPPCC office reviews, leaders and departments read what reached them
    { key: '/writings', icon: <EditOutlined />, label: t('writings.nav'), show: mayUseWritings(me.data) },
    // 委员履职: 吹哨报到, 专题培训
    { key: '/whistles', icon: <NotificationOutlined />, label: t('whistles.nav'), show: mayUseWhistles(me.data) },
    { key: '/trainings', icon: <ReadOutlined />, label: t('trainings.nav'), show: mayUseTrainings(me.data) },
    // 委员履职: members keep their contacts and reception duty; the office and liaisons read and keep rotas
    { key: '/contacts', icon: <ContactsOutlined />, label: t('contacts.nav'), show: mayUseContacts(me.data) },
    { key: '/receptions', icon: <ScheduleOutlined />, label: t('receptions.nav'), show: mayUseReceptions(me.data) },
    { key: '/duty', icon: <RiseOutlined />, label: t('duty.nav.duty'), show: mayReadDuty(me.data) },
    { key: '/procedures', icon: <OrderedListOutlined />, label: t('nav.procedures'), show: deliberates || admin },
    { key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts'), show: admin },
    { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit'), show: admin },
    { key: '/settings/api-keys', icon: <KeyOutlined />, label: t('nav.apiKeys'), show: admin },
    { key: '/settings/synonyms', icon: <BookOutlined />, label: t('nav.synonyms'), show: mayKeepSynonyms(me.data) },
    { key: '/me', icon: <IdcardOutlined />, label: t('nav.me'), show: true },
  ];
  const shown = entries.filter((e) => e.show);
  const items = shown.map((e) => ({ key: e.key, icon: e.icon, label: <Link to={e.key}>{e.label}</Link> }));
  // the entry whose page (or one of its records) is open: /places/…, /settings/synonyms; a task opened
  // from the 督办台 by someone without 我的任务 lights the 督办台
  const under = (key: string) => pathname === key || pathname.startsWith(`${key}/`);
  // (the longest key that fits: /members/groups/… lights 委员小组, not /members)
  const section =
    shown.filter((e) => under(e.key)).sort((a, b) => b.key.length - a.key.length)[0]?.key ??
    ((under('/tasks') && shown.some((e) => e.key === '/supervision') ? '/supervision' : '') ||
      // a member's own ledger, opened from 我的履职
      (under('/duty') && shown.some((e) => e.key === '/home') ? '/home' : ''));

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden>
            商
          </span>
          <span className="brand-name">{t('app.title')}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitcher className="on-dark" />
          <NotificationBell />
          <HeaderUser />
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider className="shell-sider" theme="light" width={200} breakpoint="lg" collapsible>
          <nav aria-label={t('nav.menu')}>
            <Menu mode="inline" selectedKeys={[section]} items={items} className="shell-menu" />
          </nav>
        </Layout.Sider>
        <Layout.Content className="shell-content">
          <Breadcrumbs section={shown.find((e) => e.key === section)} />
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
