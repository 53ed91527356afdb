// Public surface of the demo feature: demo data for `npm start`.
export { DemoModule } from './demo.module';
