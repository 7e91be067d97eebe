/**
 * The course's launch file script: show that the course is opening, find the LMS (or run standalone), restore
 * progress, then render the course. Everything the course needs is in the package; nothing is fetched.
 */
import '@levelwise/ui/theme.css';
import '../app.css';
import { AREA, assessmentVignettes, framework, practiceVignettes } from 'virtual:levelwise/course';
import { createAreaFrameworkLookup } from '@levelwise/scenarios';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PASS_MARK, packageStandard } from '../course-config.ts';
import { CourseApp } from './CourseApp.tsx';
import { startCourse } from './launch.ts';

const element = document.getElementById('course-root');
if (!element) throw new Error('index.html has no #course-root element');
const root = createRoot(element);
root.render(
  <div className="lw-app">
    <div className="lw-app__loading" role="status">
      <h1>Opening your course…</h1>
    </div>
  </div>,
);

const lookup = createAreaFrameworkLookup(framework);

startCourse({ area: AREA, passMark: PASS_MARK, standard: packageStandard() })
  .then((launched) => {
    root.render(
      <StrictMode>
        <CourseApp
          launched={launched}
          framework={framework}
          lookup={lookup}
          practiceVignettes={practiceVignettes}
          assessmentVignettes={assessmentVignettes}
        />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // startCourse does not throw for LMS problems (it falls back to standalone); this is a defect, shown plainly.
    console.error(error);
    root.render(
      <div className="lw-app">
        <section className="lw-notice" data-kind="warning" aria-labelledby="lw-failed">
          <h1 className="lw-notice__title" id="lw-failed">
            The course could not start
          </h1>
          <p>
            Close this window and open the course again. If this keeps happening, tell your learning
            administrator.
          </p>
          <p>Technical detail: {error instanceof Error ? error.message : String(error)}</p>
        </section>
      </div>,
    );
  });
