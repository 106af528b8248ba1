// @ts-check
import { defineConfig } from 'astro/config';
import { handbookConfig } from './src/config/handbook.ts';

export default defineConfig(handbookConfig());
