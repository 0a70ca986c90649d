// The open project and the session that holds it; hosts start with openSession().
export { consoleLog, silentLog, type Emit, type Log, type ProjectPorts, type SessionPorts } from './ports';
export { createProject, openWorkerProject, type Project } from './project';
export { RecentProjects } from './recent-projects';
export { Session } from './session';
export { defaultProjectPath, openLastSession, openSession } from './open-session';
