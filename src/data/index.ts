import { loadSystemData } from './load.ts';

/** The system data, loaded and validated once per process. */
export const system = loadSystemData();

export const teamById = (id: string) => system.teams.find((team) => team.id === id);
export const serviceById = (id: string) => system.services.find((service) => service.id === id);
export const alertById = (id: string) => system.alerts.find((alert) => alert.id === id);
