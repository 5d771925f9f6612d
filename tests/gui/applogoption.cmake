# `suanli --log FILE`: the log viewer alone. Runs the real binary with --screenshot (which quits
# once the lines are in) and checks that it ended well and drew something.
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR}/config)
file(WRITE ${WORKDIR}/sample.log "[2025-02-10 15:55:03] [INFO] start\n[2025-02-10 15:55:04] [ERROR] 训练失败\n")
execute_process(COMMAND ${APP} --config-dir ${WORKDIR}/config --log ${WORKDIR}/sample.log --screenshot ${WORKDIR}/shot.png
                RESULT_VARIABLE rc TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "suanli --log ended with ${rc}")
endif()
if(NOT EXISTS ${WORKDIR}/shot.png)
    message(FATAL_ERROR "suanli --log wrote no screenshot")
endif()
file(SIZE ${WORKDIR}/shot.png size)
if(size LESS 2000)
    message(FATAL_ERROR "the screenshot is too small to show a window (${size} bytes)")
endif()
# No accounts were touched: nothing but the viewer's settings may appear in the config dir.
if(EXISTS ${WORKDIR}/config/accounts.json)
    message(FATAL_ERROR "suanli --log wrote accounts.json")
endif()
