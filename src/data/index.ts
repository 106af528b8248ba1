import { systemData } from './load.ts';

/** The system data, read and validated once per process (shared with the build's configuration). */
export const system = systemData();

export const teamById = (id: string) => system.teams.find((team) => team.id === id);
export const serviceById = (id: string) => system.services.find((service) => service.id === id);
export const alertById = (id: string) => system.alerts.find((alert) => alert.id === id);
